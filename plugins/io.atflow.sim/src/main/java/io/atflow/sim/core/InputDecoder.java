package io.atflow.sim.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.atflow.sim.at.Outcome;

/**
 * Turns the bytes the host sends into command lines, or into data while a {@link DataRequest} is open. Echoes
 * what it receives when ATE1 is on, as a module does (the data of a data phase too, but not Ctrl-Z or ESC).
 * Lives on the module thread.
 */
final class InputDecoder {
    private static final int MAX_LINE = 4096;
    private final ModuleCore module;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ByteArrayOutputStream echo = new ByteArrayOutputStream();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private DataRequest request;
    private boolean overlong;

    InputDecoder(ModuleCore module) {
        this.module = module;
    }

    void feed(byte[] bytes) {
        for (byte b : bytes) {
            if (request != null) {
                data(b);
            } else if (!module.booting()) {
                command(b);
            }
        }
        flushEcho();
    }

    private void command(byte b) {
        if (b == '\n' || b == 0) {
            return;
        }
        if (module.echo()) {
            echo.write(b);
        }
        if (b == '\r') {
            String text = overlong ? "" : line.toString(StandardCharsets.UTF_8);
            boolean tooLong = overlong;
            line.reset();
            overlong = false;
            flushEcho();
            if (tooLong) {
                module.out().result(Outcome.ERROR);
            } else {
                module.execute(text);
            }
        } else if (b == 0x08) {
            byte[] current = line.toByteArray();
            line.reset();
            line.write(current, 0, Math.max(0, current.length - 1));
        } else if (line.size() < MAX_LINE) {
            line.write(b);
        } else {
            overlong = true;
        }
    }

    private void data(byte b) {
        DataRequest r = request;
        if (r.mode() == DataRequest.Mode.UNTIL_CTRL_Z) {
            if (b == DataRequest.CTRL_Z) {
                finish(r.sink().received(data.toByteArray()));
                return;
            }
            if (b == DataRequest.ESC) {
                finish(r.sink().cancelled());
                return;
            }
        }
        if (module.echo() && r.echoed()) {
            echo.write(b);
        }
        data.write(b);
        if (r.mode() == DataRequest.Mode.EXACT_LENGTH && data.size() == r.length()) {
            finish(r.sink().received(data.toByteArray()));
        } else if (r.mode() == DataRequest.Mode.UNTIL_CTRL_Z && data.size() > r.length()) {
            finish(r.sink().overflow());
        }
    }

    private void finish(Outcome outcome) {
        request = null;
        data.reset();
        flushEcho();
        module.out().result(outcome);
        if (request == null) {
            module.releaseHeld();
        }
    }

    void open(DataRequest r) {
        request = r;
        data.reset();
    }

    /** Ends the data phase if {@code r} is still the open one; returns whether it was. */
    boolean close(DataRequest r) {
        if (request != r || r == null) {
            return false;
        }
        request = null;
        data.reset();
        return true;
    }

    boolean inData() {
        return request != null;
    }

    void reset() {
        request = null;
        data.reset();
        line.reset();
        echo.reset();
        overlong = false;
    }

    private void flushEcho() {
        if (echo.size() > 0) {
            module.out().raw(echo.toByteArray());
            echo.reset();
        }
    }
}
