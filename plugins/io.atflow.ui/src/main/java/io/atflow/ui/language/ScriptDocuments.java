package io.atflow.ui.language;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/**
 * The parsed state of open documents: the reconciler publishes each snapshot it made, and hover, content assist,
 * quick fixes, hyperlinks and the formatter take it when it still matches the document (else they parse the current
 * text, a few milliseconds). Also maps a document to its file and URI.
 */
public final class ScriptDocuments {
    private static final Map<IDocument, ScriptSnapshot> SNAPSHOTS = Collections.synchronizedMap(new WeakHashMap<>());

    private ScriptDocuments() {
    }

    public static void publish(IDocument document, ScriptSnapshot snapshot) {
        SNAPSHOTS.put(document, snapshot);
    }

    /**
     * A snapshot of the document as it is now, parsed by {@code language} unless the reconciler published it; call on
     * the thread that owns the document (the UI thread).
     */
    public static ScriptSnapshot current(IDocument document, ScriptLanguage language) {
        long stamp = stamp(document);
        ScriptSnapshot s = SNAPSHOTS.get(document);
        if (s != null && s.stamp() == stamp && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP
                && s.text().length() == document.getLength()) {
            return s;
        }
        s = language.parse(uriOf(document), document.get(), stamp);
        SNAPSHOTS.put(document, s);
        return s;
    }

    public static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 d ? d.getModificationStamp()
                : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }

    /** The workspace file of a document opened through a file buffer, or null. */
    public static IFile fileOf(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null || buffer.getLocation() == null) {
            return null;
        }
        return FileBuffers.getWorkspaceFileAtLocation(buffer.getLocation());
    }

    /** The URI of a document's script, used to resolve its includes; a memory URI when it has no file. */
    public static URI uriOf(IDocument document) {
        IFile file = fileOf(document);
        if (file != null) {
            return uriOf(file);
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        IFileStore store = buffer == null ? null : buffer.getFileStore();
        if (store != null) {
            return URI.createURI(store.toURI().toString());
        }
        return URI.createURI("memory:/untitled." + ScriptLanguage.EXTENSION);
    }

    public static URI uriOf(IFile file) {
        IPath location = file.getLocation();
        return location != null ? URI.createFileURI(location.toOSString())
                : URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }
}
