package io.atflow.ui.preferences;

import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;

import io.atflow.lang.ide.highlighting.TokenCategory;

/** Preference keys of the ATFlow editor and their defaults. */
public final class ScriptPreferences {
    /** Milliseconds of typing pause before a script is checked again. */
    public static final String RECONCILE_DELAY = "reconcileDelay";
    public static final int DEFAULT_RECONCILE_DELAY = 300;
    public static final String MATCHING_BRACKETS = "matchingBrackets";
    public static final String MATCHING_BRACKETS_COLOR = "matchingBracketsColor";
    public static final String BRACKET_AT_CARET = "highlightBracketAtCaretLocation";
    public static final String ENCLOSING_BRACKETS = "enclosingBrackets";
    private static final String STYLE = "style.";

    private static final Map<TokenCategory, RGB> COLORS = Map.ofEntries(
            Map.entry(TokenCategory.KEYWORD, new RGB(127, 0, 85)),
            Map.entry(TokenCategory.COMMENT, new RGB(63, 127, 95)),
            Map.entry(TokenCategory.STRING, new RGB(42, 0, 255)),
            Map.entry(TokenCategory.NUMBER, new RGB(9, 120, 90)),
            Map.entry(TokenCategory.INTERPOLATION, new RGB(176, 96, 0)),
            Map.entry(TokenCategory.COMMAND, new RGB(0, 64, 160)),
            Map.entry(TokenCategory.PARAMETER, new RGB(70, 70, 70)),
            Map.entry(TokenCategory.PATTERN, new RGB(0, 120, 140)),
            Map.entry(TokenCategory.CAPTURE, new RGB(150, 60, 0)),
            Map.entry(TokenCategory.REGEX, new RGB(140, 0, 70)),
            Map.entry(TokenCategory.SECRET, new RGB(200, 0, 0)));

    private ScriptPreferences() {
    }

    /** Key of a category's color; an empty value means the editor's text color. */
    public static String color(TokenCategory c) {
        return STYLE + c.id() + ".color";
    }

    public static String bold(TokenCategory c) {
        return STYLE + c.id() + ".bold";
    }

    public static String italic(TokenCategory c) {
        return STYLE + c.id() + ".italic";
    }

    /** True for the keys of syntax coloring. */
    public static boolean isStyle(String key) {
        return key != null && key.startsWith(STYLE);
    }

    public static void initializeDefaults(IPreferenceStore store) {
        store.setDefault(RECONCILE_DELAY, DEFAULT_RECONCILE_DELAY);
        // blocks are indented by two blanks, as the formatter writes them
        store.setDefault(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_SPACES_FOR_TABS, true);
        store.setDefault(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_TAB_WIDTH, 2);
        store.setDefault(MATCHING_BRACKETS, true);
        PreferenceConverter.setDefault(store, MATCHING_BRACKETS_COLOR, new RGB(150, 150, 150));
        store.setDefault(BRACKET_AT_CARET, false);
        store.setDefault(ENCLOSING_BRACKETS, false);
        for (TokenCategory c : TokenCategory.values()) {
            RGB rgb = COLORS.get(c);
            if (rgb == null) {
                store.setDefault(color(c), "");
            } else {
                PreferenceConverter.setDefault(store, color(c), rgb);
            }
            store.setDefault(bold(c), c == TokenCategory.KEYWORD || c == TokenCategory.COMMAND
                    || c == TokenCategory.SECRET || c == TokenCategory.PATTERN);
            store.setDefault(italic(c), c == TokenCategory.SECRET || c == TokenCategory.CAPTURE);
        }
    }
}
