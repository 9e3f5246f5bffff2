package io.atflow.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

/**
 * A quick fix: a title, the text edits to apply (document offsets) and data for the client. A fix that moves a literal
 * secret out of the file carries {@link #SECRET_NAME} and {@link #SECRET_VALUE} so that the surface can keep the value:
 * Eclipse puts it into secure storage, the language server into the {@code .atflow-secrets} file next to the script.
 */
public record QuickFix(String title, String code, List<Edit> edits, Map<String, String> data) {
    public static final String SECRET_NAME = "secretName";
    public static final String SECRET_VALUE = "secretValue";
    /** What the fix does in words, for fixes whose edits do not say it (a move is an insertion and a removal). */
    public static final String DESCRIPTION = "description";

    public QuickFix {
        edits = List.copyOf(edits);
        data = Map.copyOf(data);
    }

    /** Replace {@code length} characters at {@code offset} with {@code text}. */
    public record Edit(int offset, int length, String text) {
    }

    static QuickFix of(String title, String code, int offset, int length, String text) {
        return new QuickFix(title, code, List.of(new Edit(offset, length, text)), Map.of());
    }
}
