package io.atflow.lang.validation;

import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Field;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.StaticEvaluator;
import io.atflow.lang.model.Template;

/**
 * Literal secrets in a script: a device/product secret or device token written as text instead of a
 * {@code secret("...")} reference, and a literal device secret inside {@code AT+QMTCFG="aliauth"}.
 */
public class SecretValidator extends AtFlowCheckBase {
    public static final Set<String> SECRET_FIELDS = Set.of("deviceSecret", "productSecret", "deviceToken");
    /** Argument index of the device secret in {@code AT+QMTCFG="aliauth",idx,pk,dn,ds}. */
    public static final int ALIAUTH_SECRET = 4;

    @Check
    public void field(Field f) {
        if (!SECRET_FIELDS.contains(f.getKey())) {
            return;
        }
        String literal = f.getValue() instanceof StringLiteral s ? s.getValue()
                : f.getValue() instanceof TextBlock t ? t.getValue() : null;
        if (literal == null || literal.isEmpty() || !Template.parse(literal).isConstant()) {
            return;
        }
        String name = suggestedName(f, context.evaluator(f));
        warning(f.getKey() + " is written in the script; keep it out of files with secret(\"" + name
                + "\") (the quick fix moves it to secure storage)", f, Literals.FIELD__VALUE, IssueCodes.LITERAL_SECRET,
                name);
    }

    @Check
    public void aliauth(Send send) {
        AtCommandText cmd = AliyunValidator.command(send, "AT+QMTCFG");
        if (cmd == null || !"aliauth".equals(cmd.subKey()) || cmd.args().size() <= ALIAUTH_SECRET) {
            return;
        }
        AtArgument ds = cmd.arg(ALIAUTH_SECRET);
        if (ds.value().isEmpty() || !ds.template().isConstant()) {
            return;
        }
        String name = aliauthName(cmd, context.evaluator(send));
        warningIn(send, Literals.SEND__COMMAND, ds.offset(), ds.raw().length(), "the device secret is written in the"
                + " script; use \"${secret(\\\"" + name + "\\\")}\" (the quick fix moves it to secure storage)",
                IssueCodes.LITERAL_SECRET, name);
    }

    /** {@code pk/dn} of an aliauth command when both are known, else {@code device}. */
    public static String aliauthName(AtCommandText cmd, StaticEvaluator eval) {
        Optional<String> pk = eval.render(cmd.arg(2).template());
        Optional<String> dn = eval.render(cmd.arg(3).template());
        return pk.isPresent() && dn.isPresent() ? pk.get() + "/" + dn.get() : "device";
    }

    /** The secret name the quick fix proposes: {@code pk/dn} for a device, {@code pk} for a product. */
    public static String suggestedName(Field f, StaticEvaluator eval) {
        if (f.eContainer() instanceof Device d) {
            Optional<String> pk = value(eval, d.getName(), "productKey");
            Optional<String> dn = value(eval, d.getName(), "deviceName");
            return pk.isPresent() && dn.isPresent() ? pk.get() + "/" + dn.get() : d.getName();
        }
        if (f.eContainer() instanceof Product p) {
            return value(eval, p.getName(), "productKey").orElse(p.getName());
        }
        return "secret";
    }

    private static Optional<String> value(StaticEvaluator eval, String decl, String key) {
        var e = eval.fieldExpression(decl, key);
        return e == null ? Optional.empty() : eval.value(e);
    }
}
