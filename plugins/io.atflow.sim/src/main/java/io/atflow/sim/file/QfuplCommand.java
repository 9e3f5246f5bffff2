package io.atflow.sim.file;

import java.time.Duration;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QFUPL="<filename>"[,<file_size>[,<timeout>[,<ackmode>]]]} (FILE AT Commands Manual): {@code CONNECT},
 * then exactly file_size bytes (default 10240) of raw data, not echoed, all within timeout seconds
 * (default 5), then {@code +QFUPL: <upload_size>,<checksum>} and OK. A name already stored: {@code +CME ERROR: 407};
 * no room: 420; the data not complete in time: 421 and nothing stored. ACK mode (1) is not simulated: 425.
 */
public final class QfuplCommand implements CommandHandler {
    static final int DEFAULT_SIZE = 10240;
    static final int DEFAULT_TIMEOUT = 5;
    private final FileStore files;

    public QfuplCommand(FileStore files) {
        this.files = files;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == ParsedCommand.Form.TEST) {
            module.out().info("+QFUPL: \"<filename>\",(1-" + files.free() + "),(1-65535),(0,1)");
            return Outcome.OK;
        }
        if (command.form() != ParsedCommand.Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(1, 4);
        String name = a.string(0);
        int size = a.integerOr(1, 1, Integer.MAX_VALUE, DEFAULT_SIZE);
        int timeout = a.integerOr(2, 1, 65535, DEFAULT_TIMEOUT);
        int ackMode = a.integerOr(3, 0, 1, 0);
        if (!FileStore.validName(name)) {
            return Outcome.cme(FileError.INVALID_FILE_NAME);
        }
        if (ackMode == 1) {
            return Outcome.cme(FileError.INVALID_PARAMETER);
        }
        if (files.exists(name)) {
            return Outcome.cme(FileError.FILE_EXISTS);
        }
        if (size > files.free()) {
            return Outcome.cme(FileError.NO_SPACE);
        }
        module.out().info("CONNECT");
        module.expectData(DataRequest.exactly(size, Duration.ofSeconds(timeout), new DataRequest.Sink() {
            @Override
            public Outcome received(byte[] data) {
                files.write(name, data);
                module.out().info("+QFUPL: " + data.length + "," + FileChecksum.hex(data));
                return Outcome.OK;
            }

            @Override
            public Outcome timedOut() {
                return Outcome.cme(FileError.TIMEOUT);
            }
        }).withoutEcho());
        return Outcome.PENDING;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(FileError.INVALID_PARAMETER);
    }
}
