package io.atflow.lang.validation;

import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.tls.TlsFinding;
import io.atflow.lang.tls.TlsTrace;

/**
 * The TLS set-up of a script, followed in the order it is written ({@link TlsTrace}): securemode against
 * AT+QMTCFG="ssl", the SSL context the MQTT client names, the files AT+QSSLCFG refers to, the clock. Warnings: an
 * included file or an earlier session may have done the missing part.
 */
public class TlsValidator extends AtFlowCheckBase {

    @Check
    public void tls(Script script) {
        for (TlsFinding f : TlsTrace.of(script, context.evaluator(script))) {
            if (f.arg() == null) {
                warningIn(f.send(), Literals.SEND__COMMAND, 0, f.send().getCommand().length(), f.message(),
                        code(f.kind()));
            } else {
                warningIn(f.send(), Literals.SEND__COMMAND, f.arg().offset(), f.arg().raw().length(), f.message(),
                        code(f.kind()));
            }
        }
    }

    static String code(TlsFinding.Kind kind) {
        return switch (kind) {
            case SECUREMODE_WITHOUT_SSL -> IssueCodes.TLS_SECUREMODE_WITHOUT_SSL;
            case PLAIN_SECUREMODE_WITH_SSL -> IssueCodes.TLS_PLAIN_SECUREMODE;
            case CONTEXT_MISMATCH -> IssueCodes.SSL_CONTEXT_MISMATCH;
            case CONTEXT_LATE -> IssueCodes.SSL_CONTEXT_LATE;
            case FILE_NOT_UPLOADED -> IssueCodes.FILE_NOT_UPLOADED;
            case FILE_EXISTS -> IssueCodes.FILE_EXISTS;
            case CLOCK_NOT_SET -> IssueCodes.CLOCK_NOT_SET;
        };
    }
}
