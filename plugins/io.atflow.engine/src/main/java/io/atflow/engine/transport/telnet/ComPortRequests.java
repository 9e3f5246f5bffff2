package io.atflow.engine.transport.telnet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The COM-PORT-OPTION commands sent and not yet acknowledged. An answer (command + 100) acknowledges the oldest
 * outstanding request of that command; {@link #await} waits, bounded, and reports what stayed unanswered, so a server
 * that never acknowledges (ser2net on a pty ignores DTR/RTS) costs one bounded wait, never a hang.
 */
public final class ComPortRequests {
    /** One request and, once answered, the value the server reports. */
    public static final class Request {
        final int command;
        final int value;
        volatile boolean answered;
        volatile int answer = -1;

        Request(int command, int value) {
            this.command = command;
            this.value = value;
        }

        /** The value requested. */
        public int value() {
            return value;
        }

        public boolean answered() {
            return answered;
        }

        /** The value the server reports it uses; -1 while unanswered. */
        public int answer() {
            return answer;
        }

        public String describe() {
            return ComPort.describe(command, value);
        }
    }

    private final List<Request> outstanding = new ArrayList<>();

    /** Records a request about to be sent. */
    public synchronized Request sent(int command, int value) {
        Request r = new Request(command, value);
        outstanding.add(r);
        return r;
    }

    /**
     * Takes a server answer {@code payload} (first byte command + 100).
     *
     * @return the request it acknowledges, or null when none was outstanding
     */
    public synchronized Request answered(byte[] payload) {
        int command = (payload[0] & 0xFF) - ComPort.SERVER_OFFSET;
        for (Iterator<Request> it = outstanding.iterator(); it.hasNext();) {
            Request r = it.next();
            if (r.command == command) {
                it.remove();
                r.answer = ComPort.value(payload);
                r.answered = true;
                notifyAll();
                return r;
            }
        }
        return null;
    }

    /** Drops a request that will not be answered any more, so a late answer is not taken for a later request's. */
    public synchronized void forget(Request r) {
        outstanding.remove(r);
    }

    /**
     * Waits until every one of {@code requests} is answered, or {@code marker} (a request sent after them) is
     * answered, or {@code millis} passed. A server handles commands in order, so once it answered the marker, what it
     * left unanswered before it will stay unanswered: there is nothing more to wait for.
     *
     * @return the requests left unanswered (the marker not counted)
     */
    public synchronized List<Request> await(List<Request> requests, Request marker, long millis)
            throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (true) {
            List<Request> open = requests.stream().filter(r -> !r.answered).toList();
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (open.isEmpty() || marker.answered || left <= 0) {
                outstanding.removeAll(open);
                return open;
            }
            wait(left);
        }
    }
}
