package io.atflow.sim.http;

/**
 * The settings of AT+QHTTPCFG, with the manuals' defaults: PDP context 1, the module writes the request header (0),
 * AT+QHTTPREAD gives the body only (0), POST bodies are application/x-www-form-urlencoded (0), SSL context 1.
 * Module thread only; reset on reboot.
 */
final class HttpSettings {
    static final String[] CONTENT_TYPES = { "application/x-www-form-urlencoded", "text/plain",
            "application/octet-stream", "multipart/form-data" };
    int contextId = 1;
    boolean requestHeader;
    boolean responseHeader;
    int contentType;
    int sslCtxId = 1;

    String contentTypeName() {
        return CONTENT_TYPES[contentType];
    }
}
