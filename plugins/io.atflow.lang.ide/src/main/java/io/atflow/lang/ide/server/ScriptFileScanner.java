package io.atflow.lang.ide.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;

/**
 * What the language server indexes in a workspace: {@code .atflow} files only, never inside build output, dependency
 * or VCS folders (an editor may open a home directory or a monorepo as its root). Symbolic links are not followed.
 */
public class ScriptFileScanner implements IFileSystemScanner {
    /** Folders never searched, besides every folder whose name starts with a dot ({@code .git}, {@code .metadata}). */
    public static final Set<String> SKIPPED = Set.of("target", "build", "node_modules", "bin");
    private static final String SUFFIX = "." + AtFlowLanguageServer.FILE_EXTENSION;

    @Override
    public void scan(URI root, IAcceptor<URI> acceptor) {
        if (!root.isFile()) {
            return;
        }
        Path start = Path.of(root.toFileString());
        if (!Files.isDirectory(start)) {
            return;
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(start) || !skipped(dir.getFileName().toString()) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(SUFFIX)) {
                        acceptor.accept(URI.createFileURI(file.toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable folders hold nothing we can index
                }
            });
        } catch (IOException e) {
            // the walk itself reports failures per file; nothing else can be thrown here
        }
    }

    static boolean skipped(String folder) {
        return folder.startsWith(".") || SKIPPED.contains(folder);
    }
}
