package io.atflow.engine.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.engine.testing.Eventually;

@Timeout(60)
class UrcBusTest {
    static final Duration LONG = Duration.ofSeconds(20);
    final UrcBus bus = new UrcBus();

    static Urc urc(String line) {
        return new Urc(Instant.now(), line);
    }

    @Test
    void handlersRunOffThePublishingThreadInArrivalOrder() {
        List<String> got = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        bus.subscribe(UrcFilter.prefix("+QMTSTAT:"), u -> {
            got.add(u.line());
            threads.add(Thread.currentThread().getName());
        });
        bus.subscribe(UrcFilter.pattern("\\+QMTRECV: 0,(\\d+),.*"), u -> got.add("recv " + u.field(1).orElseThrow()));
        for (int i = 0; i < 100; i++) {
            bus.publish(urc("+QMTSTAT: 0," + i));
            bus.publish(urc("+QMTRECV: 0," + i + ",\"t\",\"x\""));
            bus.publish(urc("+QIND: \"csq\",1,1"));
        }
        Eventually.until("200 deliveries", () -> got.size() == 200);
        for (int i = 0; i < 100; i++) {
            assertEquals("+QMTSTAT: 0," + i, got.get(2 * i));
            assertEquals("recv " + i, got.get(2 * i + 1));
        }
        assertNotEquals(Thread.currentThread().getName(), threads.get(0));
    }

    @Test
    void pauseHoldsAndResumeDeliversInOrderThenCancelStops() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        Subscription s = bus.subscribe(UrcFilter.any(), u -> got.add(u.line()));
        bus.publish(urc("a"));
        Eventually.until("a", () -> got.size() == 1);
        s.pause();
        bus.publish(urc("b"));
        bus.publish(urc("c"));
        CountDownLatch marker = new CountDownLatch(1);
        bus.subscribe(UrcFilter.prefix("marker"), u -> marker.countDown());
        bus.publish(urc("marker"));
        assertTrue(marker.await(20, TimeUnit.SECONDS));
        assertEquals(List.of("a"), got, "nothing is delivered while paused");
        s.resume();
        bus.publish(urc("d"));
        Eventually.until("b, c, d", () -> got.size() == 5);
        assertEquals(List.of("a", "b", "c", "marker", "d"), got);
        s.cancel();
        bus.publish(urc("e"));
        CountDownLatch second = new CountDownLatch(1);
        bus.subscribe(UrcFilter.prefix("again"), u -> second.countDown());
        bus.publish(urc("again"));
        assertTrue(second.await(20, TimeUnit.SECONDS));
        assertEquals(5, got.size(), "a cancelled subscription gets nothing");
        assertTrue(s.isCancelled());
    }

    /**
     * A subscription gets the URCs published after it was made, even while the handler thread is still busy with
     * earlier ones (a debugger's "suspend on URC" switched on must not stop at a URC that arrived before).
     */
    @Test
    void aSubscriptionGetsNothingPublishedBeforeIt() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> first = new CopyOnWriteArrayList<>();
        bus.subscribe(UrcFilter.any(), u -> {
            first.add(u.line());
            busy.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        bus.publish(urc("+QIURC: \"closed\",1"));
        assertTrue(busy.await(20, TimeUnit.SECONDS));
        bus.publish(urc("+QIURC: \"closed\",2")); // queued behind the busy handler
        List<String> later = new CopyOnWriteArrayList<>();
        bus.subscribe(UrcFilter.any(), u -> later.add(u.line()));
        release.countDown();
        bus.publish(urc("+QIURC: \"closed\",3"));
        Eventually.until("the third URC at both", () -> first.size() == 3 && !later.isEmpty());
        assertEquals(List.of("+QIURC: \"closed\",3"), later);
    }

    @Test
    void aThrowingHandlerIsReportedAndDeliveryGoesOn() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        UrcBus b = new UrcBus(failures::add);
        List<String> got = new CopyOnWriteArrayList<>();
        b.subscribe(UrcFilter.any(), u -> {
            if (u.line().equals("boom")) {
                throw new IllegalStateException("handler bug");
            }
            got.add(u.line());
        });
        b.publish(urc("boom"));
        b.publish(urc("after"));
        Eventually.until("after", () -> got.equals(List.of("after")));
        assertEquals("handler bug", failures.get(0).getMessage());
    }

    @Test
    void aUrcThatArrivedBeforeTheAwaitIsReturnedOnce() {
        bus.publish(urc("+QMTOPEN: 0,0"));
        bus.publish(urc("+QMTSTAT: 0,1"));
        AwaitResult first = bus.await(UrcFilter.prefix("+QMTOPEN: 0,"), LONG);
        assertEquals("+QMTOPEN: 0,0", assertInstanceOf(AwaitResult.Received.class, first).urc().line());
        AwaitResult second = bus.await(UrcFilter.prefix("+QMTOPEN: 0,"), Duration.ofMillis(50));
        assertEquals(new AwaitResult.Timeout("prefix \"+QMTOPEN: 0,\"", Duration.ofMillis(50)), second);
        assertEquals("no URC matching prefix \"+QMTOPEN: 0,\" within 50 ms", second.describe());
        assertEquals(List.of("+QMTSTAT: 0,1"), bus.backlog().stream().map(Urc::line).toList());
    }

    @Test
    void theOldestMatchingBacklogEntryComesFirst() {
        bus.publish(urc("+QMTRECV: 0,1,\"t\",\"one\""));
        bus.publish(urc("+QMTRECV: 0,2,\"t\",\"two\""));
        assertEquals("one", received(bus.await(UrcFilter.prefix("+QMTRECV:"), LONG)).field(3).orElseThrow());
        assertEquals("two", received(bus.await(UrcFilter.prefix("+QMTRECV:"), LONG)).field(3).orElseThrow());
    }

    /** Runs {@code bus.await(filter, LONG)} on another thread; returns once that await is registered and waiting. */
    CompletableFuture<AwaitResult> waitingAwait(UrcFilter filter) {
        CompletableFuture<AwaitResult> result = CompletableFuture.supplyAsync(() -> bus.await(filter, LONG));
        Eventually.until("the await is waiting", () -> bus.waitingAwaits() == 1 || result.isDone());
        assertFalse(result.isDone(), () -> "the await ended before anything was published: " + result.join());
        return result;
    }

    @Test
    void aWaitingAwaitTakesTheUrcSoItDoesNotStayInTheBacklog() throws Exception {
        CompletableFuture<AwaitResult> waiting = waitingAwait(UrcFilter.prefix("+QMTCONN:"));
        bus.publish(urc("+QMTCONN: 0,0,0"));
        assertEquals("+QMTCONN: 0,0,0", received(waiting.get(30, TimeUnit.SECONDS)).line());
        assertEquals(List.of(), bus.backlog());
        assertEquals(0, bus.waitingAwaits());
    }

    @Test
    void staleDelayedResultsAreDiscardedByName() {
        bus.publish(urc("+QMTOPEN: 0,2"));
        bus.publish(urc("+QMTSTAT: 0,1"));
        assertEquals(1, bus.discardNamed(Set.of("+QMTOPEN")));
        assertInstanceOf(AwaitResult.Timeout.class, bus.await(UrcFilter.prefix("+QMTOPEN:"), Duration.ZERO));
    }

    @Test
    void backlogIsBoundedOldestDroppedFirst() {
        for (int i = 0; i <= UrcBus.BACKLOG_LIMIT; i++) {
            bus.publish(urc("+X: " + i));
        }
        assertEquals(UrcBus.BACKLOG_LIMIT, bus.backlog().size());
        assertEquals("+X: 1", bus.backlog().get(0).line());
    }

    @Test
    void abortEndsWaitingAndLaterAwaits() throws Exception {
        CompletableFuture<AwaitResult> waiting = waitingAwait(UrcFilter.any());
        bus.abort("the user pressed Terminate");
        assertEquals(new AwaitResult.Aborted("the user pressed Terminate"), waiting.get(30, TimeUnit.SECONDS));
        assertEquals(new AwaitResult.Aborted("the user pressed Terminate"), bus.await(UrcFilter.any(), LONG));
    }

    @Test
    void closeEndsAwaitsWithTheReasonButStillServesTheBacklog() {
        bus.publish(urc("+QMTRECV: 0,1,\"t\",\"last words\""));
        bus.close("serial port /dev/ttyUSB2 stopped working");
        assertEquals("+QMTRECV: 0,1,\"t\",\"last words\"", received(bus.await(UrcFilter.prefix("+QMTRECV:"), LONG)).line());
        assertEquals(new AwaitResult.TransportError("serial port /dev/ttyUSB2 stopped working"),
                bus.await(UrcFilter.prefix("+QMTRECV:"), LONG));
    }

    @Test
    void anInterruptedAwaitIsAborted() {
        Thread.currentThread().interrupt();
        try {
            assertInstanceOf(AwaitResult.Aborted.class, bus.await(UrcFilter.any(), LONG));
        } finally {
            Thread.interrupted();
        }
    }

    private static Urc received(AwaitResult r) {
        return assertInstanceOf(AwaitResult.Received.class, r).urc();
    }
}
