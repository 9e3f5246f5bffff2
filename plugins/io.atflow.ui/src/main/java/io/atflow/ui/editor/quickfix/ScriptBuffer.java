package io.atflow.ui.editor.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;

/**
 * The document of a workspace script for a marker resolution: the editor's buffer when the file is open (the change
 * stays unsaved there, as in the editor), else a buffer of its own that is saved after the fix.
 */
final class ScriptBuffer implements AutoCloseable {
    private final IFile file;
    private final ITextFileBuffer buffer;
    private final boolean shared;

    private ScriptBuffer(IFile file, ITextFileBuffer buffer, boolean shared) {
        this.file = file;
        this.buffer = buffer;
        this.shared = shared;
    }

    static ScriptBuffer connect(IFile file) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        boolean shared = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
        manager.connect(file.getFullPath(), LocationKind.IFILE, null);
        return new ScriptBuffer(file, manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE), shared);
    }

    IDocument document() {
        return buffer.getDocument();
    }

    /** Saves the file when nobody else has it open. */
    void saveIfPrivate() throws CoreException {
        if (!shared && buffer.isDirty()) {
            buffer.commit(null, true);
        }
    }

    @Override
    public void close() throws CoreException {
        FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
    }
}
