package io.atflow.lang.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.ClientIdFrame;
import io.atflow.aliyun.HttpsRegistrationForm;
import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.ConnectData;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Ref;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.credentials.CredentialCheck;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.StaticEvaluator;

/** Quick fixes that compute Aliyun credentials: the MQTT password and the HTTPS {@code sign}. */
final class CredentialFixes {
    /** How the password fixes' titles start. */
    static final String PASSWORD_TITLE = "Compute HMAC password";
    /** How the HTTPS sign fix's title starts. */
    static final String SIGN_TITLE = "Compute HTTPS sign";

    private CredentialFixes() {
    }

    /** Inserts or replaces the password of an AT+QMTCONN with the HMAC of the identity in scope. */
    static List<QuickFix> password(QuickFixContext ctx, StaticEvaluator eval) {
        QuickFixContext.Command c = ctx.command();
        if (c == null || !c.text().name().equals("AT+QMTCONN") || c.text().args().size() < 3) {
            return List.of();
        }
        Optional<String> clientId = eval.render(c.text().arg(1).template());
        AtArgument user = c.text().arg(2);
        Optional<String> username = eval.render(user.template());
        if (clientId.isEmpty() || username.isEmpty()) {
            return List.of();
        }
        CredentialCheck.Outcome outcome;
        try {
            outcome = CredentialCheck.mqttPassword(ClientIdFrame.parse(clientId.get()), username.get(), null, eval);
        } catch (AliyunInputException e) {
            return List.of();
        }
        if (!(outcome instanceof CredentialCheck.Checked checked)) {
            return List.of();
        }
        AtArgument pass = c.text().arg(3);
        if (pass == null || pass.isEmpty()) {
            return List.of(QuickFix.of(PASSWORD_TITLE + ": insert the " + checked.method() + " signature of " + checked.identity(), ctx.code(),
                    c.offset() + user.offset() + user.raw().length(), 0, ",\"" + checked.expected() + "\""));
        }
        return List.of(QuickFix.of(PASSWORD_TITLE + ": replace with the " + checked.method() + " signature of " + checked.identity(),
                ctx.code(), c.offset() + pass.valueOffset(), pass.value().length(), checked.expected()));
    }

    /** Replaces {@code sign=...} of an HTTPS registration form with the HMAC of the product in scope. */
    static List<QuickFix> sign(QuickFixContext ctx, StaticEvaluator eval) {
        ConnectData data = ctx.element(ConnectData.class);
        if (data == null) {
            QuickFixContext.Command c = ctx.command();
            data = c != null && c.send().getData() instanceof ConnectData d ? d : null;
        }
        StringLiteral literal = data == null ? null : literal(data.getValue(), eval);
        if (literal == null) {
            return List.of();
        }
        Optional<String> body = eval.value(data.getValue());
        if (body.isEmpty()) {
            return List.of();
        }
        Map<String, String> form;
        try {
            form = HttpsRegistrationForm.decode(body.get());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (!(CredentialCheck.httpsSign(form, eval) instanceof CredentialCheck.Checked checked)) {
            return List.of();
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(literal, Literals.STRING_LITERAL__VALUE);
        if (nodes.isEmpty()) {
            return List.of();
        }
        INode node = nodes.get(0);
        String token = node.getText();
        int start = token.indexOf("sign=");
        if (start < 0) {
            return List.of();
        }
        start += "sign=".length();
        int end = start;
        while (end < token.length() && token.charAt(end) != '&' && token.charAt(end) != '"') {
            end++;
        }
        List<QuickFix> out = new ArrayList<>();
        out.add(QuickFix.of(SIGN_TITLE + ": replace with the " + checked.method() + " signature of " + checked.identity(), ctx.code(),
                node.getOffset() + start, end - start, checked.expected()));
        return out;
    }

    private static StringLiteral literal(Expression e, StaticEvaluator eval) {
        if (e instanceof StringLiteral s) {
            return s;
        }
        if (e instanceof Ref r) {
            PayloadDecl p = eval.index().payloads().get(r.getName());
            return p != null && p.getValue() instanceof StringLiteral s ? s : null;
        }
        return null;
    }
}
