package io.atflow.engine.channel;

import java.nio.charset.StandardCharsets;

/**
 * A URC whose payload is preceded by its length, so the payload is read by length and may contain CR, LF, quotes
 * and commas: {@code +QMTRECV: <idx>,<msgId>,"<topic>",<len>,"<payload>"} (after
 * {@code AT+QMTCFG="recv/mode",<idx>,0,1}) is {@code new LengthFramedUrc("+QMTRECV:", 3)}.
 *
 * @param prefix      the line start up to and including the colon
 * @param lengthField the zero-based index of the length among the comma-separated fields after the prefix; the
 *                    payload is the next field, optionally in double quotes
 */
public record LengthFramedUrc(String prefix, int lengthField) {
    /** Quectel MQTT receive with length. */
    public static final LengthFramedUrc QMTRECV = new LengthFramedUrc("+QMTRECV:", 3);

    public LengthFramedUrc {
        if (!prefix.startsWith("+") || !prefix.endsWith(":")) {
            throw new IllegalArgumentException("a length-framed URC prefix looks like +NAME:, not " + prefix);
        }
        if (lengthField < 0) {
            throw new IllegalArgumentException("the length field index must not be negative");
        }
    }

    byte[] prefixBytes() {
        return prefix.getBytes(StandardCharsets.US_ASCII);
    }
}
