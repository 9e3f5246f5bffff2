package io.atflow.sim.file;

import static io.atflow.sim.core.Forms.answer;

import java.time.Duration;
import java.util.function.Supplier;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;

/**
 * The commands of the FILE AT Commands Manual that put certificates in the module: AT+QFUPL, AT+QFLST, AT+QFDEL.
 * Arguments that do not fit answer {@code +CME ERROR: 425}.
 */
public final class FileCommands {
    static final int DEFAULT_SIZE = 10240;
    static final int DEFAULT_TIMEOUT = 5;

    private FileCommands() {
    }

    public static void install(ModuleCore core, FileStore files) {
        Supplier<Outcome> invalid = () -> Outcome.cme(FileError.INVALID_PARAMETER);
        // AT+QFUPL="<filename>"[,<file_size>[,<timeout>[,<ackmode>]]]: CONNECT, then exactly file_size bytes
        // (default 10240) of raw data, not echoed, all within timeout seconds (default 5), then
        // +QFUPL: <upload_size>,<checksum> and OK. A name already stored: 407; no room: 420; the data not complete
        // in time: 421 and nothing stored. ACK mode (1) is not simulated: 425
        core.register("+QFUPL", Forms.command()
                .test(Forms.line(m -> "+QFUPL: \"<filename>\",(1-" + files.free() + "),(1-65535),(0,1)"))
                .write((a, m) -> upload(a.count(1, 4), m, files)).badSyntax(invalid));
        // AT+QFLST[="<name_pattern>"]: +QFLST: "<filename>",<file_size> per matching file, then OK; the pattern
        // defaults to "*" (every UFS file); a pattern written with UFS: lists the names with it. No match: 405
        core.register("+QFLST", Forms.command().test().exec((a, m) -> list("*", m, files))
                .write((a, m) -> list(a.count(1, 1).string(0), m, files)).badSyntax(invalid));
        // AT+QFDEL="<filename>": deletes the file, OK; "*" deletes every UFS file. A file that is not there: 405
        core.register("+QFDEL", Forms.command().test().write((a, m) -> {
            String name = a.count(1, 1).string(0);
            if (FileStore.key(name).equals("*")) {
                files.clear();
                return Outcome.OK;
            }
            return files.delete(name) ? Outcome.OK : Outcome.cme(FileError.FILE_NOT_FOUND);
        }).badSyntax(invalid));
    }

    private static Outcome list(String pattern, ModuleCore module, FileStore files) {
        String prefix = pattern.regionMatches(true, 0, FileStore.UFS, 0, FileStore.UFS.length()) ? FileStore.UFS : "";
        var found = files.list(pattern);
        if (found.isEmpty()) {
            return Outcome.cme(FileError.FILE_NOT_FOUND);
        }
        return answer(module, found.stream().map(f -> "+QFLST: \"" + prefix + f.getKey() + "\"," + f.getValue())
                .toList());
    }

    private static Outcome upload(Args a, ModuleCore module, FileStore files) throws BadArgs {
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
}
