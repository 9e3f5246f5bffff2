package io.atflow.run;

import io.atflow.aliyun.IssuedCredentials;
import io.atflow.engine.transcript.CredentialFields;
import io.atflow.engine.transcript.SecretMasker;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.model.AtCommandText;
import io.atflow.run.interp.CommandFactory;

/**
 * Masks the lines of a module log that did not go through a {@link ModuleSession} (a log being replayed) by the
 * policy a run masks with: the values of the arguments the catalog marks secret (the AT+QMTCONN password, the
 * aliauth DeviceSecret), learned from each command line it is shown, and the values of issued credentials' JSON keys
 * ({@link IssuedCredentials#JSON_KEYS}), learned where they appear; once learned, a value is masked wherever it comes
 * again (a read-back, an echo). Show it the lines in the order the module saw them. Thread-safe.
 */
public final class LogMasker {
    private final CommandFactory commands;
    private final SecretMasker masker = new SecretMasker(java.util.List.of(),
            CredentialFields.of(IssuedCredentials.JSON_KEYS));

    public LogMasker(AtCatalog catalog) {
        this.commands = new CommandFactory(catalog);
    }

    /** {@code line} with every secret known so far masked, after learning the secrets it carries. */
    public String mask(String line) {
        if (line == null) {
            return null;
        }
        String t = line.strip();
        if (t.regionMatches(true, 0, "AT", 0, 2)) {
            commands.secretArguments(AtCommandText.parse(t), masker::add);
        }
        return masker.mask(line);
    }
}
