package io.atflow.lang.validation;

import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;

import io.atflow.aliyun.ClientIdFrame;
import io.atflow.aliyun.ClientIdRules;
import io.atflow.aliyun.ClientIdViolation;
import io.atflow.aliyun.HttpsRegistrationForm;
import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.ConnectData;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.credentials.CredentialCheck;
import io.atflow.lang.credentials.IdentityMatch;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.StaticEvaluator;

/** Aliyun IoT rules on AT+QMTCONN, AT+QMTCFG="aliauth", topics and the HTTPS registration form. */
public class AliyunValidator extends AtFlowCheckBase {

    @Check
    public void connect(Send send) {
        AtCommandText cmd = command(send, "AT+QMTCONN");
        if (cmd == null || cmd.args().size() < 2) {
            return;
        }
        StaticEvaluator eval = context.evaluator(send);
        AtArgument idArg = cmd.arg(1);
        Optional<String> clientId = eval.render(idArg.template());
        if (clientId.isEmpty()) {
            return;
        }
        AtArgument userArg = cmd.arg(2);
        AtArgument passArg = cmd.arg(3);
        if (clientId.get().indexOf('|') < 0) {
            ClientIdViolation v = ClientIdRules.unframed(clientId.get());
            if (v != null) {
                at(send, idArg, v.message(), code(v));
            } else if (userArg != null) {
                at(send, idArg, "a client id with a user name and password needs the |securemode=...,signmethod=...|"
                        + " parameters", IssueCodes.CLIENT_ID_FRAMING);
            }
            return;
        }
        ClientIdRules.Check check = ClientIdRules.check(clientId.get());
        if (!check.ok()) {
            at(send, idArg, check.violation().message(), code(check.violation()));
            return;
        }
        ClientIdFrame frame = check.frame();
        if ("3".equals(frame.param("securemode"))) {
            warningIn(send, Literals.SEND__COMMAND, idArg.offset(), idArg.raw().length(), "securemode=3 is plain TCP,"
                    + " which Aliyun closed for devices created after August 2022; prefer securemode=2 with TLS",
                    IssueCodes.PLAIN_TCP);
        }
        if (userArg == null) {
            return;
        }
        Optional<String> username = eval.render(userArg.template());
        if (username.isEmpty()) {
            return;
        }
        if (IdentityMatch.parseUsername(username.get()).isEmpty()) {
            at(send, userArg, "user name \"" + username.get() + "\" is not of the form deviceName&productKey",
                    IssueCodes.USERNAME_MISMATCH);
            return;
        }
        clientMatchesUser(send, idArg, frame.clientId(), IdentityMatch.parseUsername(username.get()).get(), eval);
        if (IdentityMatch.find(IdentityMatch.parseUsername(username.get()).get(), eval).isEmpty()) {
            warningIn(send, Literals.SEND__COMMAND, userArg.offset(), userArg.raw().length(), "no device or product"
                    + " declared in this script has the user name " + username.get(), IssueCodes.USERNAME_MISMATCH);
            return;
        }
        if (passArg == null || passArg.isEmpty()) {
            errorIn(send, Literals.SEND__COMMAND, userArg.offset(), userArg.raw().length(), "the password is missing"
                    + " after the user name", IssueCodes.PASSWORD_MISSING);
            return;
        }
        Optional<String> password = eval.render(passArg.template());
        if (password.isEmpty()) {
            return;
        }
        report(send, passArg, CredentialCheck.mqttPassword(frame, username.get(), password.get(), eval), "password",
                IssueCodes.PASSWORD_MISMATCH);
    }

    /** A client id of the form productKey.deviceName naming a declared product must agree with the user name. */
    private void clientMatchesUser(Send send, AtArgument idArg, String clientId,
            io.atflow.aliyun.DeviceIdentity user, StaticEvaluator eval) {
        int dot = clientId.indexOf('.');
        if (dot <= 0) {
            return;
        }
        String pk = clientId.substring(0, dot);
        String dn = clientId.substring(dot + 1);
        boolean known = eval.index().devices().keySet().stream().anyMatch(d -> eval.fieldExpression(d, "productKey") != null
                && eval.value(eval.fieldExpression(d, "productKey")).map(pk::equals).orElse(false));
        if (known && (!pk.equals(user.productKey()) || !dn.equals(user.deviceName()))) {
            warningIn(send, Literals.SEND__COMMAND, idArg.offset(), idArg.raw().length(), "the client id names " + pk
                    + "/" + dn + " but the user name is " + user.username(), IssueCodes.USERNAME_MISMATCH);
        }
    }

    /** The issue code of a broken client id rule. */
    private static String code(ClientIdViolation v) {
        return switch (v.rule()) {
            case TOO_LONG -> IssueCodes.CLIENT_ID_TOO_LONG;
            case SECUREMODE -> IssueCodes.SECUREMODE_INVALID;
            case AUTH_TYPE -> IssueCodes.AUTH_TYPE_INVALID;
            case SIGN_METHOD -> IssueCodes.SIGN_METHOD_INVALID;
            case FRAMING, RANDOM, TIMESTAMP -> IssueCodes.CLIENT_ID_FRAMING;
        };
    }

    @Check
    public void https(Send send) {
        AtCommandText cmd = command(send, "AT+QHTTPPOST");
        if (cmd == null || !(send.getData() instanceof ConnectData data)) {
            return;
        }
        StaticEvaluator eval = context.evaluator(send);
        Optional<String> body = eval.value(data.getValue());
        if (body.isEmpty() || !body.get().contains("sign=")) {
            return;
        }
        Map<String, String> form;
        try {
            form = HttpsRegistrationForm.decode(body.get());
        } catch (IllegalArgumentException e) {
            error(e.getMessage(), data, Literals.CONNECT_DATA__VALUE, IssueCodes.SIGN_MISMATCH);
            return;
        }
        CredentialCheck.Outcome outcome = CredentialCheck.httpsSign(form, eval);
        switch (outcome) {
            case CredentialCheck.Checked c when !c.matches() -> error("sign does not match the "
                    + c.method() + " of product " + c.identity() + " for this form; the quick fix computes it", data,
                    Literals.CONNECT_DATA__VALUE, IssueCodes.SIGN_MISMATCH, c.identity());
            case CredentialCheck.Unresolved u -> info("cannot check sign: the secret " + u.secretName()
                    + " is not available (" + u.hint() + ")", data, Literals.CONNECT_DATA__VALUE,
                    IssueCodes.CREDENTIAL_UNVERIFIED, u.secretName());
            default -> {
            }
        }
    }

    private void report(Send send, AtArgument arg, CredentialCheck.Outcome outcome, String what, String code) {
        switch (outcome) {
            case CredentialCheck.Checked c when !c.matches() -> errorIn(send, Literals.SEND__COMMAND, arg.offset(),
                    arg.raw().length(), what + " does not match the " + c.method() + " signature of " + c.identity()
                            + " for this client id; the quick fix computes it", code, c.identity());
            case CredentialCheck.Unresolved u -> infoIn(send, Literals.SEND__COMMAND, arg.offset(), arg.raw().length(),
                    "cannot check the " + what + ": the secret " + u.secretName() + " is not available (" + u.hint() + ")",
                    IssueCodes.CREDENTIAL_UNVERIFIED, u.secretName());
            default -> {
            }
        }
    }

    private void at(Send send, AtArgument arg, String message, String code) {
        errorIn(send, Literals.SEND__COMMAND, arg.offset(), arg.raw().length(), message, code);
    }

    static AtCommandText command(Send send, String name) {
        if (send.getCommand() == null) {
            return null;
        }
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        return cmd.name().equals(name) && cmd.form() == io.atflow.lang.model.CommandForm.WRITE ? cmd : null;
    }
}
