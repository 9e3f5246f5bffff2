package io.atflow.aliyun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MQTT client id Aliyun expects: {@code <clientId>|k1=v1,k2=v2|}. Parameters keep their order; the free-text
 * client id in front is at most 64 characters.
 */
public record ClientIdFrame(String clientId, Map<String, String> params) {

    public ClientIdFrame {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The framed form sent in CONNECT. */
    public String format() {
        StringBuilder b = new StringBuilder(clientId).append('|');
        String sep = "";
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ",";
        }
        return b.append('|').toString();
    }

    public String param(String name) {
        return params.get(name);
    }

    /** Parses a framed client id; a framing error ({@link ClientIdRules}) is reported as one sentence. */
    public static ClientIdFrame parse(String framed) {
        ClientIdRules.Framed read = ClientIdRules.read(framed);
        if (read.violation() != null) {
            throw new AliyunInputException(read.violation().message());
        }
        return read.frame();
    }
}
