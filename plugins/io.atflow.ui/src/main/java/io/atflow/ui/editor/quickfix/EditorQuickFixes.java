package io.atflow.ui.editor.quickfix;

import java.util.ArrayList;
import java.util.List;

import io.atflow.lang.ide.codeactions.QuickFix;
import io.atflow.lang.ide.codeactions.QuickFixes;
import io.atflow.lang.validation.IssueCodes;
import io.atflow.ui.language.Problem;
import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.language.ScriptSnapshot;

/**
 * The one adapter from the language's quick fixes to the workbench: the editor's quick assist (Ctrl+1) and the
 * Problems view's marker resolutions both ask here. Fixes come from {@link QuickFixes} (computed from the document),
 * plus "Set secret ..." for a secret that does not resolve.
 */
public final class EditorQuickFixes {
    private EditorQuickFixes() {
    }

    /** True when problems with {@code code} have fixes (without computing them). */
    public static boolean canFix(String code) {
        return QuickFixes.CODES.contains(code) || IssueCodes.CREDENTIAL_UNVERIFIED.equals(code);
    }

    /** The fixes of {@code problem} in the script {@code snapshot} (the document as it is now). */
    public static List<EditorQuickFix> forProblem(ScriptLanguage language, ScriptSnapshot snapshot, Problem problem) {
        List<EditorQuickFix> out = new ArrayList<>();
        if (snapshot.isParsed() && QuickFixes.CODES.contains(problem.code())) {
            for (QuickFix f : language.get(QuickFixes.class).fixes(snapshot.resource(), problem.code(),
                    problem.offset(), problem.length())) {
                out.add(new TextEditQuickFix(f));
            }
        }
        if (IssueCodes.CREDENTIAL_UNVERIFIED.equals(problem.code()) && problem.datum() != null) {
            out.add(new SetSecretQuickFix(problem.datum()));
        }
        return out;
    }
}
