package io.atflow.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IPartitionTokenScanner;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

import io.atflow.lang.ide.highlighting.LexicalScanner;
import io.atflow.lang.ide.highlighting.RawToken;
import io.atflow.ui.language.DocumentText;

/**
 * Partitions a document with the language's lexer: comment tokens become {@link ScriptPartitions#COMMENT}, string and
 * text-block tokens {@link ScriptPartitions#STRING}, everything else the default (code) partition. A partial scan
 * resumes at the start of the partition around the change, which is always a token boundary.
 */
public final class LexerPartitionScanner implements IPartitionTokenScanner {
    private final IToken comment = new Token(ScriptPartitions.COMMENT);
    private final IToken string = new Token(ScriptPartitions.STRING);
    private LexicalScanner scanner;
    private int offset;
    private int length;

    @Override
    public void setRange(IDocument document, int start, int len) {
        setPartialRange(document, start, len, null, -1);
    }

    @Override
    public void setPartialRange(IDocument document, int start, int len, String contentType, int partitionOffset) {
        int from = partitionOffset >= 0 && partitionOffset < start ? partitionOffset : start;
        scanner = new LexicalScanner(new DocumentText(document), from, start + len);
        offset = from;
        length = 0;
    }

    @Override
    public IToken nextToken() {
        RawToken t = scanner.next();
        if (t == null) {
            offset += length;
            length = 0;
            return Token.EOF;
        }
        offset = t.offset();
        length = t.length();
        return switch (t.kind()) {
            case COMMENT -> comment;
            case STRING -> string;
            case CODE -> Token.UNDEFINED;
        };
    }

    @Override
    public int getTokenOffset() {
        return offset;
    }

    @Override
    public int getTokenLength() {
        return length;
    }
}
