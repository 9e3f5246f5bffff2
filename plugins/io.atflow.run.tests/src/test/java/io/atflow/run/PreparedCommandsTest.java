package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DataMode;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.run.interp.CommandFactory;
import io.atflow.run.interp.CompiledPattern;
import io.atflow.run.interp.Evaluator;
import io.atflow.run.interp.Functions;
import io.atflow.run.interp.Locations;
import io.atflow.run.interp.Outgoing;
import io.atflow.run.interp.PreparedCommands;
import io.atflow.run.interp.Scope;
import io.atflow.run.interp.ScriptFailure;

/** A command that is sent again as it was is prepared once per run; anything that goes into it makes it another one. */
class PreparedCommandsTest {
    private static final Duration TEN = Duration.ofSeconds(10);
    private final PreparedCommands prepared = new PreparedCommands(new CommandFactory(AtCatalog.standard()));
    private final List<String> secrets = new ArrayList<>();

    private Outgoing prepare(String text, DataMode mode, String data, Duration timeout, Duration fallback) {
        return prepared.prepare(text, null, mode, data, timeout, fallback, secrets::add, () -> "here");
    }

    @Test
    void theSameCommandIsPreparedOnceAndItsSecretPassedOnOnce() {
        String conn = "AT+QMTCONN=0,\"c\",\"device001&i2uqc2dloOl\",\"0309b31761c30d24d37a25558c5604de\"";
        Outgoing first = prepare(conn, DataMode.NONE, null, null, TEN);
        assertSame(first, prepare(conn, DataMode.NONE, null, null, TEN));
        assertEquals(List.of("0309b31761c30d24d37a25558c5604de"), secrets);
        assertEquals(1, prepared.size());
    }

    /** AT+QIOPEN may take 150 s for its final result (Quectel TCP/IP application note): longer than the default. */
    @Test
    void anotherTimeoutOrDefaultIsAnotherCommand() {
        Outgoing plain = prepare("AT", DataMode.NONE, null, null, TEN);
        Outgoing own = prepare("AT", DataMode.NONE, null, Duration.ofSeconds(3), TEN);
        Outgoing longer = prepare("AT", DataMode.NONE, null, null, Duration.ofSeconds(20));
        assertEquals(TEN, plain.own());
        assertEquals(Duration.ofSeconds(3), own.own());
        assertEquals(Duration.ofSeconds(20), longer.own());
        assertEquals(Duration.ofSeconds(150), prepare("AT+QIOPEN=1,0,\"TCP\",\"h\",80,0,0", DataMode.NONE, null,
                null, TEN).own());
        assertEquals(4, prepared.size());
    }

    /** {@code expect +CSQ: ${rssi}} is compiled anew for every send; its commands are prepared each time, not kept. */
    @Test
    void commandsExpectingAPlaceholderArePreparedEachTimeAndNotKept() {
        Locations locations = new Locations(null, "t.atflow");
        Evaluator eval = new Evaluator(new Scope(ScriptIndex.build(null), Map.of("rssi", "31")),
                new Functions(null, secrets::add, name -> null, () -> 0L, locations), locations, secrets::add);
        CompiledPattern placeholder = CompiledPattern.compile("+CSQ: ${rssi},99", eval, locations, null);
        CompiledPattern fixed = CompiledPattern.compile("+CSQ: {rssi},99", eval, locations, null);
        Outgoing a = prepared.prepare("AT+CSQ", placeholder, DataMode.NONE, null, null, TEN, secrets::add, () -> "x");
        Outgoing b = prepared.prepare("AT+CSQ", placeholder, DataMode.NONE, null, null, TEN, secrets::add, () -> "x");
        assertNotSame(a, b);
        assertEquals(0, prepared.size());
        Outgoing c = prepared.prepare("AT+CSQ", fixed, DataMode.NONE, null, null, TEN, secrets::add, () -> "x");
        assertSame(c, prepared.prepare("AT+CSQ", fixed, DataMode.NONE, null, null, TEN, secrets::add, () -> "x"));
        assertEquals(1, prepared.size());
    }

    @Test
    void commandsWithDataArePreparedEachTimeAndNotKept() {
        Outgoing a = prepare("AT+QMTPUBEX=0,0,0,0,\"t\",5", DataMode.PROMPT_LENGTH, "hello", null, TEN);
        Outgoing b = prepare("AT+QMTPUBEX=0,0,0,0,\"t\",5", DataMode.PROMPT_LENGTH, "hello", null, TEN);
        assertNotSame(a, b);
        assertEquals(0, prepared.size());
    }

    @Test
    void aCommandThatCannotBePreparedFailsEachTime() {
        for (int i = 0; i < 2; i++) {
            ScriptFailure f = assertThrows(ScriptFailure.class,
                    () -> prepare("AT\r\nAT", DataMode.NONE, null, null, TEN));
            assertEquals("here", f.location());
        }
        assertEquals(0, prepared.size());
    }

    @Test
    void theLeastRecentlyUsedCommandGoesBeyondTheLimit() {
        Outgoing first = prepare("AT+CSQ", DataMode.NONE, null, null, TEN);
        for (int i = 0; i < PreparedCommands.LIMIT; i++) {
            prepare("AT+QIDEACT=" + i, DataMode.NONE, null, null, TEN);
        }
        assertEquals(PreparedCommands.LIMIT, prepared.size());
        assertNotSame(first, prepare("AT+CSQ", DataMode.NONE, null, null, TEN));
    }
}
