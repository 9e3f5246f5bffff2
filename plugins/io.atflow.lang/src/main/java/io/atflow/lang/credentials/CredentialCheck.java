package io.atflow.lang.credentials;

import java.util.Map;
import java.util.Optional;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.ClientIdFrame;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.Hmac;
import io.atflow.aliyun.LoginVerifier;
import io.atflow.aliyun.SignContent;
import io.atflow.aliyun.SignMethod;
import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.model.StaticEvaluator;

/**
 * Recomputes an Aliyun MQTT password or HTTPS {@code sign} from the identity in scope, the way the platform verifies
 * it. Shared by the validator (mismatch diagnostics) and the IDE quick fixes (insert the exact value).
 */
public final class CredentialCheck {

    /** What the check concluded. */
    public sealed interface Outcome {
    }

    /** Nothing can be said before the script runs (a value comes from the module, or no identity matches). */
    public record Skipped(String reason) implements Outcome {
    }

    /** The identity is known but its secret cannot be resolved here. */
    public record Unresolved(String identity, String secretName, String hint) implements Outcome {
    }

    /** The expected value; {@code matches} compares it with what the script has (constant time). */
    public record Checked(String identity, String expected, boolean matches, String method) implements Outcome {
    }

    private CredentialCheck() {
    }

    /** A MQTT CONNECT password for {@code frame} and {@code username} (token logins are not checkable). */
    public static Outcome mqttPassword(ClientIdFrame frame, String username, String password, StaticEvaluator eval) {
        Optional<DeviceIdentity> id = IdentityMatch.parseUsername(username);
        if (id.isEmpty()) {
            return new Skipped("the user name is not of the form deviceName&productKey");
        }
        String authType = frame.param("authType");
        if (authType != null && authType.equalsIgnoreCase(AuthType.CONNWL.wireName())) {
            return new Skipped("connwl logins use the device token issued at run time");
        }
        Optional<IdentityMatch> match = IdentityMatch.find(id.get(), eval);
        if (match.isEmpty()) {
            return new Skipped("no device or product in scope has the user name " + username);
        }
        IdentityMatch m = match.get();
        boolean productLogin = authType != null;
        if (productLogin != m.product()) {
            return new Skipped(productLogin ? "authType needs a product declaration with productSecret"
                    : "a device secret login needs a device declaration with deviceSecret");
        }
        SecretValue secret = secret(m, eval);
        if (secret.value() == null) {
            return secret.outcome();
        }
        try {
            SignMethod method = SignMethod.parse(frame.param("signmethod"));
            String content = productLogin ? SignContent.productSecret(id.get(), frame.param("random"))
                    : SignContent.deviceSecret(frame.clientId(), id.get(), frame.param("timestamp"));
            if (productLogin && frame.param("random") == null) {
                return new Skipped("the client id lacks random=");
            }
            String expected = Hmac.hex(method, secret.value(), content);
            boolean ok = password != null && (productLogin
                    ? LoginVerifier.productSecret(frame, id.get(), secret.value(), password)
                    : LoginVerifier.deviceSecret(frame, id.get(), secret.value(), password));
            return new Checked(m.declaration(), expected, ok, method.wireName());
        } catch (AliyunInputException e) {
            return new Skipped(e.getMessage());
        }
    }

    /** The {@code sign} of an HTTPS registration form ({@code productKey, deviceName, random, signMethod}). */
    public static Outcome httpsSign(Map<String, String> form, StaticEvaluator eval) {
        String pk = form.get("productKey");
        String dn = form.get("deviceName");
        String random = form.get("random");
        String method = form.get("signMethod");
        if (pk == null || dn == null || random == null || method == null) {
            return new Skipped("the form lacks productKey, deviceName, random or signMethod");
        }
        Optional<IdentityMatch> match = IdentityMatch.find(pk, dn, eval).filter(IdentityMatch::product);
        if (match.isEmpty()) {
            return new Skipped("no product in scope has productKey " + pk);
        }
        SecretValue secret = secret(match.get(), eval);
        if (secret.value() == null) {
            return secret.outcome();
        }
        try {
            SignMethod m = SignMethod.parse(method);
            String expected = Hmac.hex(m, secret.value(), SignContent.productSecret(match.get().identity(), random));
            String sign = form.get("sign");
            boolean ok = sign != null && LoginVerifier.httpsSign(match.get().identity(), secret.value(), random, method, sign);
            return new Checked(match.get().declaration(), expected, ok, m.wireName());
        } catch (AliyunInputException e) {
            return new Skipped(e.getMessage());
        }
    }

    private record SecretValue(String value, Outcome outcome) {
    }

    private static SecretValue secret(IdentityMatch m, StaticEvaluator eval) {
        if (m.secret() == null) {
            return new SecretValue(null, new Skipped(m.declaration() + " declares no "
                    + (m.product() ? IdentityMatch.PRODUCT_SECRET : IdentityMatch.DEVICE_SECRET)));
        }
        Optional<String> value = eval.value(m.secret());
        if (value.isPresent()) {
            return new SecretValue(value.get(), null);
        }
        if (m.secret() instanceof Call c && "secret".equals(c.getFunction()) && c.getArgs().size() == 1
                && c.getArgs().get(0) instanceof StringLiteral name) {
            return new SecretValue(null, new Unresolved(m.declaration(), name.getValue(),
                    eval.secretHint(name.getValue())));
        }
        return new SecretValue(null, new Skipped("the secret of " + m.declaration() + " is only known at run time"));
    }
}
