package io.atflow.engine.channel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.atflow.engine.at.AtLexer;
import io.atflow.engine.at.CommandFacts;
import io.atflow.engine.at.CommandName;

/**
 * One command line to send, exactly as written (the channel appends CR), with what it may produce.
 *
 * <ul>
 * <li>{@link #responses()}: names of {@code +NAME:} lines that are this command's response. By default the names
 * in the command line ({@code AT+CSQ} → {@code +CSQ}), except delayed results.</li>
 * <li>{@link #delayed()}: names whose lines are the command's delayed result, never its response: they go to the
 * URC bus, to be awaited. By default the write/execute form of a name the {@link CommandFacts} say answers late
 * ({@code AT+QMTOPEN=0,"host",1883} → {@code +QMTOPEN}); the read and test forms ({@code AT+QMTOPEN?}) answer
 * immediately.</li>
 * <li>{@link #payload()}: data to write after {@code >} or {@code CONNECT}; {@link #readsBody()}: collect the
 * {@code CONNECT} body until the final result code ({@code AT+QHTTPREAD}).</li>
 * <li>{@link #answersSendResult()}: {@code SEND OK} / {@code SEND FAIL} end this command (the write form of
 * a name the {@link CommandFacts} say ends so, or any command with a prompt payload); for other commands they are a late answer
 * and go to the URC bus.</li>
 * </ul>
 * Instances are immutable; the {@code with...} methods return modified copies.
 */
public final class AtCommand {
    /** Timeout when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String text;
    private final Duration timeout;
    private final Set<String> responses;
    private final Set<String> delayed;
    private final Payload payload;
    private final boolean readsBody;
    private final boolean sendCommand;
    private final byte[] wire;

    private AtCommand(String text, Duration timeout, Set<String> responses, Set<String> delayed, Payload payload,
            boolean readsBody, boolean sendCommand) {
        this.text = text;
        this.timeout = timeout;
        this.responses = Set.copyOf(responses);
        this.delayed = Set.copyOf(delayed);
        this.payload = payload;
        this.readsBody = readsBody;
        this.sendCommand = sendCommand;
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        this.wire = Arrays.copyOf(t, t.length + 1);
        this.wire[t.length] = '\r';
    }

    /** A command with default responses, delayed results and timeout, as {@code facts} (the catalog's) tell. */
    public static AtCommand of(String text, CommandFacts facts) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an AT command is one line; \"" + text.strip() + "\" contains a line break");
        }
        Set<String> responses = new LinkedHashSet<>();
        Set<String> delayed = new LinkedHashSet<>();
        boolean send = false;
        for (CommandName n : AtLexer.commandNames(text)) {
            if (n.acts() && facts.answersLate(n.name())) {
                delayed.add(n.name());
            } else {
                responses.add(n.name());
            }
            send |= n.form() == CommandName.Form.WRITE && facts.endsWithSendResult(n.name());
        }
        return new AtCommand(text, DEFAULT_TIMEOUT, responses, delayed, null, false, send);
    }

    public AtCommand withTimeout(Duration newTimeout) {
        if (newTimeout.isNegative() || newTimeout.isZero()) {
            throw new IllegalArgumentException("a command timeout must be positive, not " + newTimeout);
        }
        return new AtCommand(text, newTimeout, responses, delayed, payload, readsBody, sendCommand);
    }

    /** Replaces the response names, e.g. {@code "+QENG"}. */
    public AtCommand withResponses(String... names) {
        return new AtCommand(text, timeout, normalise(names), delayed, payload, readsBody, sendCommand);
    }

    /** Replaces the delayed-result names; a name cannot be both, so they are removed from the responses. */
    public AtCommand withDelayed(String... names) {
        Set<String> d = normalise(names);
        Set<String> r = new LinkedHashSet<>(responses);
        r.removeAll(d);
        return new AtCommand(text, timeout, r, d, payload, readsBody, sendCommand);
    }

    public AtCommand withPayload(Payload newPayload) {
        return new AtCommand(text, timeout, responses, delayed, Objects.requireNonNull(newPayload), false, sendCommand);
    }

    /** Collect the data after {@code CONNECT} until the final result code as the result's body. */
    public AtCommand readingBody() {
        return new AtCommand(text, timeout, responses, delayed, null, true, sendCommand);
    }

    public String text() {
        return text;
    }

    public Duration timeout() {
        return timeout;
    }

    public Set<String> responses() {
        return responses;
    }

    public Set<String> delayed() {
        return delayed;
    }

    public Optional<Payload> payload() {
        return Optional.ofNullable(payload);
    }

    public boolean readsBody() {
        return readsBody;
    }

    /**
     * True when {@code SEND OK} / {@code SEND FAIL} is this command's final result: it sends data after the prompt,
     * or it is the write form of a name the {@link CommandFacts} say ends so ({@code AT+QISENDEX=0,"3132"} has no
     * prompt).
     */
    public boolean answersSendResult() {
        return sendCommand || payload != null && payload.afterPrompt();
    }

    /** True when a {@code +NAME:} line is this command's response (not a URC, not a delayed result). */
    public boolean producesImmediately(String name) {
        return responses.contains(name);
    }

    /** The command line as sent: the text and CR. */
    byte[] wire() {
        return wire;
    }

    Payload payloadOrNull() {
        return payload;
    }

    private static Set<String> normalise(String... names) {
        Set<String> s = new LinkedHashSet<>();
        for (String n : names) {
            String t = n.strip();
            if (t.endsWith(":")) {
                t = t.substring(0, t.length() - 1);
            }
            if (!t.isEmpty()) {
                s.add(t.toUpperCase(Locale.ROOT));
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return text;
    }
}
