package io.atflow.ui.editor.highlighting;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

import io.atflow.lang.ide.highlighting.TokenCategory;
import io.atflow.ui.preferences.ScriptPreferences;

/**
 * The text style of each {@link TokenCategory}, read from the preference store. The tokens handed to the scanners
 * keep their identity; {@link #refresh()} updates them in place when the preferences change.
 */
public final class ScriptStyles {
    private final IPreferenceStore store;
    private final Map<TokenCategory, Token> tokens = new EnumMap<>(TokenCategory.class);

    public ScriptStyles(IPreferenceStore store) {
        this.store = store;
        for (TokenCategory c : TokenCategory.values()) {
            tokens.put(c, new Token(attribute(c)));
        }
    }

    public IToken token(TokenCategory c) {
        return tokens.get(c);
    }

    public TextAttribute attribute(TokenCategory c) {
        Color color = store.getString(ScriptPreferences.color(c)).isEmpty() ? null
                : new Color(PreferenceConverter.getColor(store, ScriptPreferences.color(c)));
        int style = (store.getBoolean(ScriptPreferences.bold(c)) ? SWT.BOLD : SWT.NORMAL)
                | (store.getBoolean(ScriptPreferences.italic(c)) ? SWT.ITALIC : SWT.NORMAL);
        return new TextAttribute(color, null, style);
    }

    /** A style range of a category for {@code length} characters at {@code offset}. */
    public StyleRange styleRange(TokenCategory c, int offset, int length) {
        TextAttribute a = (TextAttribute) tokens.get(c).getData();
        return new StyleRange(offset, length, a.getForeground(), a.getBackground(), a.getStyle());
    }

    /** Re-reads the preferences into the existing tokens. */
    public void refresh() {
        tokens.forEach((c, t) -> t.setData(attribute(c)));
    }
}
