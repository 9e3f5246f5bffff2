package io.atflow.sim.core;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** One daemon timer thread for every module in the JVM; timed work is handed on to each module's own thread. */
final class SharedTimers {
    private static final ScheduledExecutorService TIMERS = create();

    private SharedTimers() {
    }

    static ScheduledExecutorService get() {
        return TIMERS;
    }

    private static ScheduledExecutorService create() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "atflow-sim-timers");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }
}
