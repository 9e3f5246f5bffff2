package io.atflow.launch.core;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Shows the interpreter's file system paths as workspace paths in the console: {@code /home/u/ws/p/x.atflow:23}
 * becomes {@code /p/x.atflow:23}; included files in the same folder tree get the same treatment.
 */
public final class ScriptPaths implements UnaryOperator<String> {
    private final String folder;
    private final String workspaceFolder;

    /**
     * @param file          the script on disk
     * @param workspacePath its workspace path, e.g. {@code /p/x.atflow}
     */
    public ScriptPaths(Path file, String workspacePath) {
        Path parent = file.toAbsolutePath().getParent();
        int slash = workspacePath.lastIndexOf('/');
        this.folder = parent == null ? null : parent.toString() + "/";
        this.workspaceFolder = slash < 0 ? null : workspacePath.substring(0, slash + 1);
    }

    @Override
    public String apply(String text) {
        return folder == null || workspaceFolder == null ? text : text.replace(folder, workspaceFolder);
    }
}
