package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.testing.ScriptedTransport;
import io.atflow.engine.transport.Transport;
import io.atflow.engine.transport.TransportException;

/** Who reads the module's answer: the caller itself when reads are bounded, else the reader thread. */
@Timeout(60)
class ReadRoleTest {
    private static final int COMMANDS = 20;
    private final List<String> resultThreads = new CopyOnWriteArrayList<>();
    private final List<String> urcThreads = new CopyOnWriteArrayList<>();
    private final ChannelObserver threads = new ChannelObserver() {
        @Override
        public void result(AtCommand command, CommandResult result) {
            resultThreads.add(Thread.currentThread().getName());
        }

        @Override
        public void urc(io.atflow.engine.urc.Urc urc) {
            urcThreads.add(Thread.currentThread().getName());
        }
    };
    private AtChannel channel;

    @AfterEach
    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    private AtChannel start(Transport t) throws TransportException {
        t.open();
        channel = new AtChannel(t, ChannelConfig.defaults(), threads, Timebase.now());
        channel.start();
        return channel;
    }

    private static ScriptedTransport.Builder exchanges() {
        ScriptedTransport.Builder b = ScriptedTransport.script();
        for (int i = 0; i < COMMANDS; i++) {
            b.expect("AT\r").send("\r\nOK\r\n");
        }
        return b;
    }

    private void runExchanges() {
        for (int i = 0; i < COMMANDS; i++) {
            assertTrue(channel.execute(QuectelFacts.command("AT").withTimeout(Duration.ofSeconds(15))).isSuccess());
        }
    }

    @Test
    void commandsInARowReadTheirAnswersOnTheCallersThread() throws Exception {
        ScriptedTransport t = exchanges().build();
        start(t);
        runExchanges();
        String caller = Thread.currentThread().getName();
        // the first answer may be read by the reader thread (it was reading when the command came); once commands
        // follow each other the caller reads: no thread is woken to hand it its answer
        assertTrue(resultThreads.subList(1, COMMANDS).contains(caller), "results reported on " + resultThreads);
        t.assertDone(Duration.ofSeconds(20));
    }

    @Test
    void aUrcBetweenCommandsIsStillReadByTheReaderThread() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT\r").send("\r\nOK\r\n").pause(50)
                .send("\r\n+QMTSTAT: 0,1\r\n").build();
        start(t);
        assertTrue(channel.execute(QuectelFacts.command("AT").withTimeout(Duration.ofSeconds(15))).isSuccess());
        Eventually.until("the URC is published", () -> !urcThreads.isEmpty());
        assertTrue(urcThreads.get(0).startsWith("atflow-reader"), "URC read on " + urcThreads);
    }

    @Test
    void nearItsDeadlineTheCallerLeavesReadingToTheReaderThread() throws Exception {
        // a declared read bound of 1 s: the caller stops reading 1.05 s before its deadline, time enough for the
        // reader thread to take the answer even on a loaded machine
        ScriptedTransport t = ScriptedTransport.script().readPollMillis(1000).expect("AT+COPS=?\r")
                .when("the caller stopped reading", () -> {
                    Pending p = channel.pendingCommand();
                    return p != null && !p.callerReads;
                }).send("\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofSeconds(3)));
        assertEquals(new CommandResult.Success("AT+COPS=?", "OK", List.of(), null), r);
        assertTrue(resultThreads.get(0).startsWith("atflow-reader"), "result reported on " + resultThreads);
    }

    @Test
    void aTransportWhoseReadsMayBlockForeverIsReadByTheReaderThreadOnly() throws Exception {
        ScriptedTransport t = exchanges().build();
        start(new Unbounded(t));
        runExchanges();
        assertEquals(COMMANDS, resultThreads.size());
        assertTrue(resultThreads.stream().allMatch(n -> n.startsWith("atflow-reader")), "results on " + resultThreads);
        t.assertDone(Duration.ofSeconds(20));
    }

    /** The scripted module, declared as a transport whose reads may block without bound (as TCP's do). */
    private record Unbounded(ScriptedTransport t) implements Transport {
        @Override
        public void open() {
            t.open();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws TransportException {
            return t.read(buffer, offset, length);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws TransportException {
            t.write(data, offset, length);
        }

        @Override
        public boolean isOpen() {
            return t.isOpen();
        }

        @Override
        public String describe() {
            return t.describe();
        }

        @Override
        public void close() {
            t.close();
        }
    }
}
