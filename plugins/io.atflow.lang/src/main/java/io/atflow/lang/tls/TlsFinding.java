package io.atflow.lang.tls;

import io.atflow.lang.atFlow.Send;
import io.atflow.lang.model.AtArgument;

/**
 * One problem of a script's TLS set-up: the {@code send} and argument it is about (argument null: the command as a
 * whole), its message, and what a quick fix would do: replace the argument with {@code replacement}, or insert
 * {@code insertion} (statements) before the {@code send} {@code insertBefore}. Both null: no fix is known.
 */
public record TlsFinding(Kind kind, Send send, AtArgument arg, String message, String replacement, Send insertBefore,
        String insertion) {

    public enum Kind {
        /** securemode=2 or -2 on a client opened without AT+QMTCFG="ssl",idx,1. */
        SECUREMODE_WITHOUT_SSL,
        /** securemode=3 (plain TCP) on a client opened with SSL. */
        PLAIN_SECUREMODE_WITH_SSL,
        /** The MQTT client uses an SSL context that no AT+QSSLCFG configured, while another one was. */
        CONTEXT_MISMATCH,
        /** AT+QSSLCFG configures a context after an AT+QMTOPEN that already used it. */
        CONTEXT_LATE,
        /** AT+QFUPL of a name the script already uploaded (and did not delete): the module answers CME 407. */
        FILE_EXISTS,
        /** A certificate or key file that no AT+QFUPL of the script uploaded. */
        FILE_NOT_UPLOADED,
        /** TLS that checks the validity period (ignorelocaltime 0) before AT+CCLK or AT+QNTP set the clock. */
        CLOCK_NOT_SET
    }

    static TlsFinding at(Kind kind, Send send, AtArgument arg, String message) {
        return new TlsFinding(kind, send, arg, message, null, null, null);
    }

    TlsFinding replacing(String text) {
        return new TlsFinding(kind, send, arg, message, text, insertBefore, insertion);
    }

    TlsFinding inserting(Send before, String statements) {
        return new TlsFinding(kind, send, arg, message, replacement, before, statements);
    }
}
