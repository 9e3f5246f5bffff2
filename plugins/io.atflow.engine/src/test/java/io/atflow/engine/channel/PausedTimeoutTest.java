package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.testing.RecordingObserver;
import io.atflow.engine.testing.ScriptedTransport;

/**
 * A pending command's timeout stands still while the channel's timeouts clock is paused (a debugged run is
 * suspended): the module answering long after the command's timeout still completes it, and the time left reads the
 * same however long the pause lasts.
 */
@Timeout(60)
class PausedTimeoutTest {
    AtChannel channel;

    @AfterEach
    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    @Test
    void aPendingCommandDoesNotTimeOutWhileTheClockIsPaused() throws Exception {
        PausableClock[] clock = new PausableClock[1];
        ScriptedTransport t = ScriptedTransport.script().expect("AT+SLOW\r")
                .when("the test paused the timeouts", () -> clock[0].isPaused()).pause(1500).send("\r\nOK\r\n")
                .build();
        t.open();
        channel = new AtChannel(t, ChannelConfig.defaults(), new RecordingObserver(), Timebase.now());
        clock[0] = channel.timeouts();
        channel.start();
        CompletableFuture<CommandResult> r = CompletableFuture.supplyAsync(() -> channel.execute(QuectelFacts
                .command("AT+SLOW").withTimeout(Duration.ofSeconds(1))));
        Eventually.until("the command waits", () -> channel.pendingTimeLeft().isPresent());
        channel.timeouts().pause();
        Duration left = channel.pendingTimeLeft().orElseThrow();
        assertTrue(left.compareTo(Duration.ZERO) > 0 && left.compareTo(Duration.ofSeconds(1)) <= 0, left::toString);
        channel.pendingTimeLeft().ifPresent(again -> assertEquals(left, again));
        CommandResult result = r.get(30, TimeUnit.SECONDS);
        assertEquals(new CommandResult.Success("AT+SLOW", "OK", List.of(), null), result,
                "answered 1.5 s after a 1 s timeout, while paused");
        channel.timeouts().resume();
        assertFalse(channel.pendingTimeLeft().isPresent());
        t.assertDone(Duration.ofSeconds(20));
    }

    @Test
    void thePausedClockStandsStillAndGoesOnFromWhereItStopped() {
        PausableClock c = new PausableClock();
        c.pause();
        long stopped = c.now();
        long real = System.nanoTime();
        Eventually.until("real time moves", () -> System.nanoTime() - real > 1_000_000);
        assertEquals(stopped, c.now());
        assertTrue(c.isPaused());
        long before = System.nanoTime();
        c.resume();
        long after = c.now();
        long realSince = System.nanoTime() - before;
        assertTrue(after >= stopped && after - stopped <= realSince, (after - stopped) + " > " + realSince);
        assertFalse(c.isPaused());
    }
}
