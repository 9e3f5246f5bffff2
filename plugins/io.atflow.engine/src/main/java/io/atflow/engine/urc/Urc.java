package io.atflow.engine.urc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.atflow.engine.at.AtLexer;

/**
 * An unsolicited line from the module: a URC ({@code +QMTSTAT: 0,1}), a delayed result ({@code +QMTOPEN: 0,0}), an
 * unsolicited word ({@code RDY}), or any line that arrived while no command could produce it.
 *
 * @param time    when its last byte arrived
 * @param line    the line without its line end (for length-framed URCs, including the payload as received)
 * @param payload the payload of a length-framed URC ({@code +QMTRECV} with length), or null
 */
public record Urc(Instant time, String line, byte[] payload) {
    public Urc {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(line, "line");
    }

    public Urc(Instant time, String line) {
        this(time, line, null);
    }

    /** {@code +QMTOPEN} for {@code +QMTOPEN: 0,0}; the whole line for words such as {@code RDY}. */
    public String name() {
        String name = AtLexer.lineName(line);
        return name == null ? line : name;
    }

    /**
     * The comma-separated values after {@code NAME:}, quotes removed: {@code +QMTOPEN: 0,0} → [0, 0];
     * {@code +QMTRECV: 0,1,"t",5,"a,b\"c"} with length → [0, 1, t, 5, a,b"c] (the payload taken by length).
     */
    public List<String> fields() {
        return payload == null ? AtLexer.values(AtLexer.lineBody(line)) : framed(payloadText());
    }

    /** The header fields, then the payload exactly as given. */
    private List<String> framed(String text) {
        int at = line.lastIndexOf(text);
        if (at < 0) {
            return AtLexer.values(AtLexer.lineBody(line));
        }
        String header = line.substring(0, at);
        header = header.endsWith("\"") ? header.substring(0, header.length() - 1) : header;
        header = header.endsWith(",") ? header.substring(0, header.length() - 1) : header;
        List<String> fields = AtLexer.values(AtLexer.lineBody(header));
        fields.add(text);
        return fields;
    }

    /** The field at {@code index}, or empty. */
    public Optional<String> field(int index) {
        List<String> f = fields();
        return index >= 0 && index < f.size() ? Optional.of(f.get(index)) : Optional.empty();
    }

    /** The length-framed payload as UTF-8 text, or null. */
    public String payloadText() {
        return payload == null ? null : new String(payload, StandardCharsets.UTF_8);
    }

    /** A copy with the line (and payload) passed through {@code mask}, for human-facing output. */
    public Urc masked(UnaryOperator<String> mask) {
        return new Urc(time, mask.apply(line),
                payload == null ? null : mask.apply(payloadText()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Urc u && time.equals(u.time) && line.equals(u.line)
                && java.util.Arrays.equals(payload, u.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, line, java.util.Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return line;
    }
}
