package io.atflow.ui.markers;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;

/** Whether an editor holds unsaved text of a file (then its reconciler, not the disk, decides the file's markers). */
final class EditorBuffers {
    private EditorBuffers() {
    }

    static boolean isOpenAndDirty(IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
                LocationKind.IFILE);
        return buffer != null && buffer.isDirty();
    }
}
