package io.atflow.cli.dap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The Debug Adapter Protocol's base protocol: messages framed by a {@code Content-Length} header, each a JSON object
 * with a {@code seq} and a {@code type} ({@code request}, {@code response}, {@code event}). Writes are serialized
 * (events come from the run's threads, responses from the reader) and numbered here.
 */
final class DapWire {
    private final InputStream in;
    private final OutputStream out;
    private int seq;

    DapWire(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** The next message, or null at the end of the input. Throws for a frame that is not a JSON object. */
    JsonObject read() throws IOException {
        int length = -1;
        String header;
        while ((header = line()) != null && !header.isEmpty()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                try {
                    length = Integer.parseInt(header.substring("content-length:".length()).trim());
                } catch (NumberFormatException e) {
                    throw new IOException("bad header \"" + header + "\"");
                }
            }
        }
        if (header == null) {
            return null;
        }
        if (length < 0) {
            throw new IOException("a message without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            return null;
        }
        try {
            JsonElement e = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                throw new IOException("a message that is not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IOException("a message that is not JSON: " + e.getMessage());
        }
    }

    /** Sends {@code message} with the next sequence number. */
    synchronized void write(JsonObject message) throws IOException {
        message.addProperty("seq", ++seq);
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** A header line without its line end; null at the end of the input. */
    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return null;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }
}
