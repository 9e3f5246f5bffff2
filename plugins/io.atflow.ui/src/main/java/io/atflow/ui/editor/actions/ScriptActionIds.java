package io.atflow.ui.editor.actions;

/** Command ids of the ATFlow editor (bound like JDT's: Ctrl+Shift+F, Ctrl+/, Ctrl+O, Ctrl+Shift+P) and action ids. */
public final class ScriptActionIds {
    public static final String FORMAT = "io.atflow.ui.format";
    public static final String TOGGLE_COMMENT = "io.atflow.ui.toggleComment";
    public static final String QUICK_OUTLINE = "io.atflow.ui.quickOutline";
    public static final String GOTO_MATCHING_BRACKET = "io.atflow.ui.gotoMatchingBracket";

    private ScriptActionIds() {
    }
}
