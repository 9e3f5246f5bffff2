package io.atflow.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.FastPartitioner;

/**
 * The partitioning of ATFlow documents: code, comments and strings (text blocks included), found by the language's own
 * lexer ({@link LexerPartitionScanner}). Comments and text blocks are the only tokens that span lines, so code
 * partitions can be colored line by line.
 */
public final class ScriptPartitions {
    public static final String PARTITIONING = "__atflow_partitioning";
    public static final String COMMENT = "__atflow_comment";
    public static final String STRING = "__atflow_string";
    /** Every content type of the partitioning, code first. */
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    private ScriptPartitions() {
    }

    /** A new, unconnected partitioner of the ATFlow partitioning. */
    public static IDocumentPartitioner newPartitioner() {
        return new FastPartitioner(new LexerPartitionScanner(), new String[] { COMMENT, STRING });
    }

    /** Installs the partitioner on a document unless it has one. */
    public static void install(IDocument document) {
        if (document instanceof IDocumentExtension3 d && d.getDocumentPartitioner(PARTITIONING) == null) {
            IDocumentPartitioner partitioner = newPartitioner();
            d.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }
}
