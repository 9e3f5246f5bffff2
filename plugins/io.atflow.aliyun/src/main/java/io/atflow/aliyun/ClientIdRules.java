package io.atflow.aliyun;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.atflow.aliyun.ClientIdViolation.Rule;

/**
 * Aliyun's rules for the MQTT client id {@code <clientId>|securemode=..,authType=..,signmethod=..|}: framing, the
 * length of the id, known parameter values and their combinations. Parameters Aliyun defines for other purposes
 * ({@code instanceId}, {@code _v}, {@code gw}, ...) are accepted as they are. The one checker behind the editor's
 * validator and the platform's gateway.
 */
public final class ClientIdRules {
    /** securemode 2 (TLS), 3 (plain TCP), -2 (TLS, registration-free). */
    public static final Set<String> SECUREMODES = Set.of("2", "3", "-2");

    private ClientIdRules() {
    }

    /** The outcome of a check: the frame and its authType (null for one device, one secret), or the violation. */
    public record Check(ClientIdFrame frame, AuthType authType, ClientIdViolation violation) {
        public boolean ok() {
            return violation == null;
        }
    }

    /** Checks a framed client id; the first broken rule is the violation. */
    public static Check check(String framed) {
        Framed read = read(framed);
        if (read.violation() != null) {
            return new Check(null, null, read.violation());
        }
        ClientIdFrame frame = read.frame();
        String mode = frame.param("securemode");
        if (mode == null || !SECUREMODES.contains(mode)) {
            return broken(frame, Rule.SECUREMODE, mode == null ? "client id lacks securemode=; use 2 (TLS), 3 (plain"
                    + " TCP) or -2 (TLS, registration-free)" : "unknown securemode \"" + mode + "\"; use 2 (TLS), 3"
                    + " (plain TCP) or -2 (TLS, registration-free)");
        }
        AuthType auth;
        try {
            auth = frame.param("authType") == null ? null : AuthType.parse(frame.param("authType"));
        } catch (AliyunInputException e) {
            return broken(frame, Rule.AUTH_TYPE, e.getMessage());
        }
        if (auth == null && mode.equals("-2")) {
            return broken(frame, Rule.AUTH_TYPE, "securemode -2 needs authType=regnwl or authType=connwl");
        }
        if (auth != null && !auth.secureMode().equals(mode)) {
            return broken(frame, Rule.SECUREMODE, "authType " + auth.wireName() + " requires securemode "
                    + auth.secureMode() + ", not " + mode);
        }
        ClientIdViolation rest = params(frame, auth);
        return new Check(frame, auth, rest);
    }

    /** A client id without parameters: only its length is Aliyun's concern; null when it is fine. */
    public static ClientIdViolation unframed(String clientId) {
        return clientId.length() > Values.MAX_CLIENT_ID ? tooLong(clientId) : null;
    }

    private static ClientIdViolation params(ClientIdFrame frame, AuthType auth) {
        String sign = frame.param("signmethod");
        if (sign == null && auth != AuthType.CONNWL) {
            return new ClientIdViolation(Rule.SIGN_METHOD, "client id lacks signmethod=; use one of "
                    + SignMethod.names());
        }
        try {
            if (sign != null) {
                SignMethod.parse(sign);
            }
        } catch (AliyunInputException e) {
            return new ClientIdViolation(Rule.SIGN_METHOD, e.getMessage());
        }
        String random = frame.param("random");
        if ((auth == AuthType.REGISTER || auth == AuthType.REGNWL) && (random == null || random.isEmpty())) {
            return new ClientIdViolation(Rule.RANDOM, "authType " + auth.wireName() + " needs random= in the client id");
        }
        try {
            if (frame.param("timestamp") != null) {
                Values.timestamp(frame.param("timestamp"));
            }
        } catch (AliyunInputException e) {
            return new ClientIdViolation(Rule.TIMESTAMP, e.getMessage());
        }
        return null;
    }

    /** The frame of {@code framed}, or the framing rule it breaks. */
    record Framed(ClientIdFrame frame, ClientIdViolation violation) {
    }

    /** Reads the {@code <id>|k=v,...|} form. */
    static Framed read(String framed) {
        if (framed == null || framed.isEmpty()) {
            return framing("client id must not be empty");
        }
        int open = framed.indexOf('|');
        if (open < 0) {
            return framing("client id \"" + framed + "\" lacks the |securemode=...| parameters");
        }
        if (!framed.endsWith("|") || open == framed.length() - 1) {
            return framing("client id \"" + framed + "\" must end with '|' after its parameters");
        }
        String id = framed.substring(0, open);
        if (id.isEmpty()) {
            return framing("client id \"" + framed + "\" has nothing before '|'");
        }
        if (id.length() > Values.MAX_CLIENT_ID) {
            return new Framed(null, tooLong(id));
        }
        String body = framed.substring(open + 1, framed.length() - 1);
        if (body.indexOf('|') >= 0) {
            return framing("client id \"" + framed + "\" has more than two '|' separators");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return framing("client id parameter \"" + pair + "\" is not of the form name=value");
            }
            if (params.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                return framing("client id parameter \"" + pair.substring(0, eq) + "\" is given twice");
            }
        }
        return new Framed(new ClientIdFrame(id, params), null);
    }

    private static Framed framing(String message) {
        return new Framed(null, new ClientIdViolation(Rule.FRAMING, message));
    }

    private static ClientIdViolation tooLong(String id) {
        return new ClientIdViolation(Rule.TOO_LONG, "client id is " + id.length() + " characters; Aliyun allows at most "
                + Values.MAX_CLIENT_ID);
    }

    private static Check broken(ClientIdFrame frame, Rule rule, String message) {
        return new Check(frame, null, new ClientIdViolation(rule, message));
    }
}
