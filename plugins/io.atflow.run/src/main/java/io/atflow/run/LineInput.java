package io.atflow.run;

import java.util.concurrent.CompletableFuture;

/**
 * Line-by-line input of an interactive console: a line is a command, unless the command before it asked for data
 * ({@code >} or {@code CONNECT}): then the line is that data and the command goes out with it.
 */
public final class LineInput {
    /** The prompt while a command can be typed. */
    public static final String PROMPT = "AT>";
    private final InteractiveSession session;
    private CommandPlan awaitingData;

    /** What a submitted line led to. */
    public sealed interface Outcome {
        /** The command went to the module (its data included). */
        record Sending(CompletableFuture<Exchange> exchange) implements Outcome {
        }

        /** The command needs data: the next line is it ({@link #prompt()} says so). */
        record AskingData(CommandPlan plan) implements Outcome {
        }

        /** Nothing was sent; one sentence why. */
        record Refused(String reason) implements Outcome {
        }

        /** A blank line. */
        record Nothing() implements Outcome {
        }
    }

    public LineInput(InteractiveSession session) {
        this.session = session;
    }

    public synchronized Outcome submit(String line) {
        CommandPlan plan = awaitingData;
        awaitingData = null;
        try {
            if (plan != null) {
                return new Outcome.Sending(session.send(plan, line));
            }
            if (line == null || line.isBlank()) {
                return new Outcome.Nothing();
            }
            plan = session.plan(line);
            if (plan.needsData()) {
                awaitingData = plan;
                return new Outcome.AskingData(plan);
            }
            return new Outcome.Sending(session.send(plan, null));
        } catch (IllegalArgumentException e) {
            return new Outcome.Refused(e.getMessage());
        }
    }

    /** {@link #PROMPT}, or {@code data for AT+QMTPUBEX=0,0,0,0,"t",5>} while data is awaited. */
    public synchronized String prompt() {
        return awaitingData == null ? PROMPT : "data for " + awaitingData.text() + ">";
    }
}
