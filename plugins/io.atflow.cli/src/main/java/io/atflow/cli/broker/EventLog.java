package io.atflow.cli.broker;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformListener;

/**
 * One line per platform event, with a local time stamp: connects, rejects with their reason, registrations,
 * refusals and disconnects; publishes only when verbose. Secrets are masked by the events themselves.
 */
final class EventLog implements PlatformListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private final PrintStream out;
    private final boolean verbose;

    EventLog(PrintStream out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.Published && !verbose) {
            return;
        }
        String line = TIME.format(event.time()) + " " + event.describe()
                + (event instanceof PlatformEvent.UpstreamLost ? "; check the broker given with --upstream" : "");
        synchronized (out) {
            out.println(line);
        }
    }
}
