package io.atflow.sim.file;

import java.util.List;
import java.util.Map;

import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QFLST[="<name_pattern>"]} (FILE AT Commands Manual): {@code +QFLST: "<filename>",<file_size>} per
 * matching file, then OK; the pattern defaults to {@code "*"} (every UFS file). A pattern written with
 * {@code UFS:} lists the names with it. No match: {@code +CME ERROR: 405}.
 */
public final class QflstCommand implements CommandHandler {
    private final FileStore files;

    public QflstCommand(FileStore files) {
        this.files = files;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        String pattern = switch (command.form()) {
            case EXEC -> "*";
            case WRITE -> command.arguments().count(1, 1).string(0);
            case TEST -> null;
            default -> "";
        };
        if (pattern == null) {
            return Outcome.OK;
        }
        if (pattern.isEmpty()) {
            return Outcome.ERROR;
        }
        String prefix = pattern.regionMatches(true, 0, FileStore.UFS, 0, FileStore.UFS.length()) ? FileStore.UFS : "";
        List<Map.Entry<String, Integer>> found = files.list(pattern);
        if (found.isEmpty()) {
            return Outcome.cme(FileError.FILE_NOT_FOUND);
        }
        found.forEach(f -> module.out().info("+QFLST: \"" + prefix + f.getKey() + "\"," + f.getValue()));
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(FileError.INVALID_PARAMETER);
    }
}
