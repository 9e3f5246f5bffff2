package io.atflow.sim.replay;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.atflow.aliyun.IssuedCredentials;
import io.atflow.engine.transcript.CredentialFields;
import io.atflow.engine.transcript.SecretMasker;

/**
 * Hides the secrets a module log carries before a line is shown to a person: the DeviceSecret of an aliauth
 * triple (set or read back), the password of AT+QMTCONN, the {@code sign} of an HTTPS registration form, and issued
 * credentials in JSON by the engine's policy ({@link CredentialFields} with {@link IssuedCredentials#JSON_KEYS}).
 */
public final class SecretMask {
    public static final String MASK = SecretMasker.MASK;
    private static final CredentialFields ISSUED = CredentialFields.of(IssuedCredentials.JSON_KEYS);
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("(?i)\"aliauth\",\\d+,\"[^\"]*\",\"[^\"]*\",\"([^\"]+)\""),
            Pattern.compile("(?i)\\+QMTCFG: \"aliauth\",\"[^\"]*\",\"[^\"]*\",\"([^\"]+)\""),
            Pattern.compile("(?i)\\+QMTCONN=\\d+,\"[^\"]*\",\"[^\"]*\",\"([^\"]+)\""),
            Pattern.compile("(?:^|&)sign=([^&\\s]+)"));

    private SecretMask() {
    }

    public static String mask(String line) {
        if (line == null) {
            return null;
        }
        String out = ISSUED.mask(line, v -> { });
        for (Pattern p : SECRETS) {
            Matcher m = p.matcher(out);
            StringBuilder b = new StringBuilder();
            int at = 0;
            while (m.find()) {
                b.append(out, at, m.start(1)).append(MASK);
                at = m.end(1);
            }
            out = b.append(out.substring(at)).toString();
        }
        return out;
    }
}
