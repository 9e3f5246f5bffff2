package io.atflow.sim.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 on the wire as the module speaks it: the request with the module's default headers, and a response
 * read by Content-Length, chunked encoding or until the server closes.
 */
final class HttpWire {
    private HttpWire() {
    }

    static void writePost(OutputStream out, URI url, String contentType, byte[] body) throws IOException {
        String head = "POST " + target(url) + " HTTP/1.1\r\n" + commonHeaders(url)
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    static void writeGet(OutputStream out, URI url) throws IOException {
        String head = "GET " + target(url) + " HTTP/1.1\r\n" + commonHeaders(url) + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A request the host wrote itself (AT+QHTTPCFG="requestheader",1): sent as it is. */
    static void writeRaw(OutputStream out, byte[] request) throws IOException {
        out.write(request);
        out.flush();
    }

    private static String target(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() != null ? path + "?" + url.getRawQuery() : path;
    }

    private static String commonHeaders(URI url) {
        String host = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        return "Host: " + host + "\r\n"
                + "Accept: */*\r\n"
                + "User-Agent: QUECTEL_MODULE\r\n"
                + "Connection: Keep-Alive\r\n";
    }

    static HttpResponse read(InputStream in) throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + status);
        }
        int code = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        StringBuilder head = new StringBuilder(status).append("\r\n");
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            head.append(h).append("\r\n");
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = chunked ? chunks(in) : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
        if (length >= 0 && body.length < length) {
            throw new EOFException("the server closed before the whole body arrived");
        }
        head.append("\r\n");
        return new HttpResponse(code, chunked ? -1 : length, head.toString().getBytes(StandardCharsets.ISO_8859_1),
                body);
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (!line(in).isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.writeBytes(in.readNBytes(n));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0 && b.size() == 0) {
            throw new EOFException("the server closed the connection");
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
