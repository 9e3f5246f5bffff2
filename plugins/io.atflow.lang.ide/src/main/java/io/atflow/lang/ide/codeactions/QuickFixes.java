package io.atflow.lang.ide.codeactions;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import io.atflow.lang.model.StaticEvaluator;
import io.atflow.lang.validation.IssueCodes;
import io.atflow.lang.validation.ValidationContext;

/**
 * Quick fixes by issue code, computed from the document (not from the diagnostic's data), so the Eclipse editor can
 * call them in-process and the language server offers the same ones as code actions.
 */
public class QuickFixes {
    /** The issue codes that have quick fixes here. */
    public static final Set<String> CODES = Set.of(IssueCodes.PASSWORD_MISMATCH, IssueCodes.PASSWORD_MISSING,
            IssueCodes.SIGN_MISMATCH, IssueCodes.LITERAL_SECRET, IssueCodes.UNKNOWN_COMMAND, IssueCodes.UNKNOWN_NAME,
            IssueCodes.LENGTH_MISMATCH, IssueCodes.HANDLER_AFTER_STEPS, IssueCodes.TLS_SECUREMODE_WITHOUT_SSL,
            IssueCodes.TLS_PLAIN_SECUREMODE, IssueCodes.SSL_CONTEXT_MISMATCH, IssueCodes.FILE_NOT_UPLOADED,
            IssueCodes.CLOCK_NOT_SET, IssueCodes.FILE_EXISTS, IssueCodes.TSL_UNKNOWN_IDENTIFIER,
            IssueCodes.TSL_NOT_IN_STRUCT, IssueCodes.TSL_FLOAT_WITHOUT_POINT, IssueCodes.TSL_ENVELOPE,
            IssueCodes.TSL_NO_METHOD, IssueCodes.TSL_WRONG_TYPE);
    /** How the titles of the fixes that compute an MQTT password start. */
    public static final String PASSWORD_TITLE = CredentialFixes.PASSWORD_TITLE;
    /** How the title of the fix that computes an HTTPS registration sign starts. */
    public static final String SIGN_TITLE = CredentialFixes.SIGN_TITLE;
    @Inject
    private ValidationContext context;

    /** Fixes for the diagnostic with {@code code} at {@code offset}/{@code length} of {@code resource}. */
    public List<QuickFix> fixes(XtextResource resource, String code, int offset, int length) {
        if (code == null || resource.getContents().isEmpty()) {
            return List.of();
        }
        QuickFixContext ctx = QuickFixContext.of(resource, code, offset, length);
        if (ctx.token() == null) {
            return List.of();
        }
        StaticEvaluator eval = context.evaluator(resource.getContents().get(0));
        return switch (code) {
            case IssueCodes.PASSWORD_MISMATCH, IssueCodes.PASSWORD_MISSING -> CredentialFixes.password(ctx, eval);
            case IssueCodes.SIGN_MISMATCH -> CredentialFixes.sign(ctx, eval);
            case IssueCodes.LITERAL_SECRET -> SecretFixes.literal(ctx, eval);
            case IssueCodes.UNKNOWN_COMMAND -> NameFixes.command(ctx, context.catalog(),
                    context.profile(resource.getContents().get(0)));
            case IssueCodes.UNKNOWN_NAME -> NameFixes.name(ctx, eval.index());
            case IssueCodes.LENGTH_MISMATCH -> LengthFixes.length(ctx, eval);
            case IssueCodes.HANDLER_AFTER_STEPS -> HandlerFixes.moveUp(ctx);
            case IssueCodes.TLS_SECUREMODE_WITHOUT_SSL, IssueCodes.TLS_PLAIN_SECUREMODE,
                    IssueCodes.SSL_CONTEXT_MISMATCH, IssueCodes.FILE_NOT_UPLOADED, IssueCodes.CLOCK_NOT_SET,
                    IssueCodes.FILE_EXISTS ->
                TlsFixes.fix(ctx, eval);
            case IssueCodes.TSL_UNKNOWN_IDENTIFIER, IssueCodes.TSL_NOT_IN_STRUCT, IssueCodes.TSL_FLOAT_WITHOUT_POINT,
                    IssueCodes.TSL_ENVELOPE, IssueCodes.TSL_NO_METHOD, IssueCodes.TSL_WRONG_TYPE ->
                TslFixes.suggestion(ctx,
                            (io.atflow.lang.atFlow.Script) resource.getContents().get(0), eval,
                            context.thingModel(resource.getContents().get(0)));
            default -> List.of();
        };
    }
}
