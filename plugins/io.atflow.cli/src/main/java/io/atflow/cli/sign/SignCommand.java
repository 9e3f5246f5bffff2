package io.atflow.cli.sign;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.HttpsRegistrationForm;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.aliyun.ProductSecretLogin;
import io.atflow.aliyun.SignMethod;
import io.atflow.aliyun.TokenLogin;
import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;

/** {@code atflow sign}: prints Aliyun MQTT credentials, or the HTTPS registration form body. */
public final class SignCommand implements Command {
    private static final Set<String> VALUED = Set.of("product-key", "device-name", "device-secret", "product-secret",
            "auth-type", "random", "device-token", "client-id", "sign-method", "timestamp", "securemode",
            "instance-id");

    @Override
    public String name() {
        return "sign";
    }

    @Override
    public String synopsis() {
        return "sign --product-key PK --device-name DN (--device-secret DS | --product-secret PS --auth-type"
                + " register|regnwl --random R | --device-token T --client-id ID) [--client-id ID]"
                + " [--sign-method hmacmd5|hmacsha1|hmacsha256] [--timestamp MS|now] [--securemode N]"
                + " [--instance-id ID] [--https]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, VALUED, Set.of("https"));
        if (!o.positionals().isEmpty()) {
            throw CliException.usage("unexpected argument \"" + o.positionals().get(0) + "\"");
        }
        try {
            DeviceIdentity identity = new DeviceIdentity(o.require("product-key"), o.require("device-name"));
            SignMethod method = SignMethod.parse(o.get("sign-method", "hmacsha256"));
            if (o.has("https")) {
                out.println(httpsBody(o, identity, method));
            } else {
                credentials(o, identity, method).lines().forEach(out::println);
            }
            return 0;
        } catch (AliyunInputException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private static String httpsBody(Options o, DeviceIdentity identity, SignMethod method) throws CliException {
        only(o, "--https", "product-secret", "random");
        forbid(o, "--https", "device-secret", "device-token", "client-id", "timestamp", "securemode", "instance-id");
        if (o.has("auth-type") && AuthType.parse(o.get("auth-type")) != AuthType.REGISTER) {
            throw CliException.usage("--https registers a pre-registered device; --auth-type must be register");
        }
        return HttpsRegistrationForm.body(identity, o.get("product-secret"), o.get("random"), method);
    }

    private static MqttCredentials credentials(Options o, DeviceIdentity identity, SignMethod method)
            throws CliException {
        int modes = (o.has("device-secret") ? 1 : 0) + (o.has("product-secret") ? 1 : 0)
                + (o.has("device-token") ? 1 : 0);
        if (modes != 1) {
            throw CliException.usage("give exactly one of --device-secret, --product-secret or --device-token");
        }
        if (o.has("device-secret")) {
            forbid(o, "--device-secret", "auth-type", "random", "instance-id");
            DeviceSecretLogin login = new DeviceSecretLogin(identity, o.get("device-secret")).signMethod(method)
                    .timestamp(timestamp(o.get("timestamp"))).secureMode(o.get("securemode", "2"));
            if (o.has("client-id")) {
                login.clientId(o.get("client-id"));
            }
            return login.build();
        }
        if (o.has("device-token")) {
            only(o, "--device-token", "client-id");
            forbid(o, "--device-token", "random", "timestamp", "sign-method", "instance-id");
            if (o.has("auth-type") && AuthType.parse(o.get("auth-type")) != AuthType.CONNWL) {
                throw CliException.usage("--device-token logs in with --auth-type connwl");
            }
            if (o.has("securemode") && !"-2".equals(o.get("securemode"))) {
                throw CliException.usage("authType connwl requires securemode -2, not " + o.get("securemode"));
            }
            return TokenLogin.credentials(identity, o.get("client-id"), o.get("device-token"));
        }
        only(o, "--product-secret", "auth-type", "random");
        forbid(o, "--product-secret", "timestamp");
        AuthType type = AuthType.parse(o.get("auth-type"));
        ProductSecretLogin login = new ProductSecretLogin(identity, o.get("product-secret"), type, o.get("random"))
                .signMethod(method).instanceId(o.get("instance-id")).secureMode(o.get("securemode", type.secureMode()));
        if (o.has("client-id")) {
            login.clientId(o.get("client-id"));
        }
        return login.build();
    }

    private static String timestamp(String value) {
        return "now".equals(value) ? Long.toString(System.currentTimeMillis()) : value;
    }

    private static void only(Options o, String mode, String... required) throws CliException {
        for (String name : required) {
            if (!o.has(name)) {
                throw CliException.usage(mode + " needs --" + name);
            }
        }
    }

    private static void forbid(Options o, String mode, String... names) throws CliException {
        for (String name : names) {
            if (o.has(name)) {
                throw CliException.usage("--" + name + " does not apply with " + mode);
            }
        }
    }
}
