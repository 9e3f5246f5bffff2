package io.atflow.cli.test;

import java.util.ArrayList;
import java.util.List;

import io.atflow.run.RunEvent;
import io.atflow.run.RunListener;

/**
 * Keeps a run's steps for the reports: each step's outcome, retries, and the last command it sent with what the
 * module printed after it (the received lines of a failure). Events arrive in order on one thread.
 */
final class ScriptRecorder implements RunListener {
    private final List<StepReport> steps = new ArrayList<>();
    private String location;
    private String sent;
    private final List<String> received = new ArrayList<>();

    @Override
    public synchronized void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.StepStarted e -> {
                location = e.location();
                sent = null;
                received.clear();
            }
            case RunEvent.Sent e -> {
                sent = e.text();
                received.clear();
            }
            case RunEvent.Received e -> received.add(e.line());
            case RunEvent.UrcReceived e -> received.add(e.line());
            case RunEvent.StepFinished e -> steps.add(new StepReport(e.name(), location, e.ok(), e.elapsed(),
                    e.message(), e.failedAttempts(), sent, received));
            default -> {
            }
        }
    }

    synchronized List<StepReport> steps() {
        return List.copyOf(steps);
    }

    /** The last command sent and the lines after it, for a failure outside any step. */
    synchronized String lastSent() {
        return sent;
    }

    synchronized List<String> lastReceived() {
        return List.copyOf(received);
    }
}
