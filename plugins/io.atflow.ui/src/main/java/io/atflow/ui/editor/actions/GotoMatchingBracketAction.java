package io.atflow.ui.editor.actions;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ICharacterPairMatcher;

import io.atflow.ui.editor.ScriptEditor;

/** Go to Matching Bracket (Ctrl+Shift+P): from next to a brace or parenthesis to just after its partner. */
public final class GotoMatchingBracketAction extends Action {
    private final ScriptEditor editor;
    private final ICharacterPairMatcher matcher;

    public GotoMatchingBracketAction(ScriptEditor editor, ICharacterPairMatcher matcher) {
        super("Matching &Bracket");
        this.editor = editor;
        this.matcher = matcher;
        setActionDefinitionId(ScriptActionIds.GOTO_MATCHING_BRACKET);
    }

    @Override
    public void run() {
        ITextSelection sel = (ITextSelection) editor.getSelectionProvider().getSelection();
        IRegion pair = matcher.match(editor.document(), sel.getOffset());
        if (pair == null || pair.getLength() < 2) {
            editor.status("No bracket next to the caret, or it has no partner.");
            return;
        }
        int target = matcher.getAnchor() == ICharacterPairMatcher.LEFT ? pair.getOffset() + pair.getLength()
                : pair.getOffset() + 1;
        editor.selectAndReveal(target, 0);
    }
}
