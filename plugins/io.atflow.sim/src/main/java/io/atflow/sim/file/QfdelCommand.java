package io.atflow.sim.file;

import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QFDEL="<filename>"} (FILE AT Commands Manual): deletes the file, OK; {@code "*"} deletes every UFS file.
 * A file that is not there: {@code +CME ERROR: 405}.
 */
public final class QfdelCommand implements CommandHandler {
    private final FileStore files;

    public QfdelCommand(FileStore files) {
        this.files = files;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == ParsedCommand.Form.TEST) {
            return Outcome.OK;
        }
        if (command.form() != ParsedCommand.Form.WRITE) {
            return Outcome.ERROR;
        }
        String name = command.arguments().count(1, 1).string(0);
        if (FileStore.key(name).equals("*")) {
            files.clear();
            return Outcome.OK;
        }
        return files.delete(name) ? Outcome.OK : Outcome.cme(FileError.FILE_NOT_FOUND);
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(FileError.INVALID_PARAMETER);
    }
}
