package io.atflow.lang.validation;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.ConnectData;
import io.atflow.lang.atFlow.Data;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Prompt;
import io.atflow.lang.atFlow.Receive;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DataMode;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.lang.catalog.UrcSpec;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.PatternKind;
import io.atflow.lang.model.PatternText;
import io.atflow.lang.model.StatementOrder;

/** Responses and URCs a script waits for, and the data written after a prompt or CONNECT. */
public class ResponseValidator extends AtFlowCheckBase {
    private static final Set<String> ERRORS = Set.of("+CME ERROR", "+CMS ERROR");

    @Check
    public void expect(Send send) {
        if (send.getExpect() == null || send.getExpect().getText() == null
                || SyntaxCut.at(send.getExpect(), Literals.PATTERN__TEXT)) {
            return;
        }
        PatternText p = PatternText.parse(send.getExpect().getText());
        AtCatalog catalog = context.catalog();
        if (p.kind() == PatternKind.WORD) {
            word(send.getExpect(), p);
            return;
        }
        if (p.kind() != PatternKind.PREFIXED) {
            return;
        }
        Optional<FormSpec> form = form(send);
        if (form.isEmpty() || ERRORS.contains(p.prefix())) {
            return;
        }
        Set<String> produced = produced(form.get());
        if (produced.contains(p.prefix()) || catalog.urc(p.prefix()).map(UrcSpec::unsolicited).orElse(false)) {
            return;
        }
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        warningIn(send.getExpect(), Literals.PATTERN__TEXT, 0, p.prefix().length(), cmd.name() + " never answers "
                + p.prefix() + answers(produced), IssueCodes.URC_NOT_PRODUCED);
    }

    @Check
    public void await(Await await) {
        if (await.getPattern() == null || await.getPattern().getText() == null
                || SyntaxCut.at(await.getPattern(), Literals.PATTERN__TEXT)) {
            return;
        }
        PatternText p = PatternText.parse(await.getPattern().getText());
        if (p.kind() == PatternKind.WORD) {
            word(await.getPattern(), p);
            return;
        }
        if (p.kind() != PatternKind.PREFIXED) {
            return;
        }
        Optional<UrcSpec> urc = context.catalog().urc(p.prefix());
        if (urc.isEmpty()) {
            unknown(await.getPattern(), p.prefix());
            return;
        }
        if (urc.get().unsolicited()) {
            return;
        }
        Send previous = StatementOrder.previousSend(await);
        Optional<FormSpec> form = previous == null ? Optional.empty() : form(previous);
        if (form.isEmpty()) {
            return;
        }
        Set<String> produced = produced(form.get());
        if (!produced.contains(p.prefix())) {
            String name = AtCommandText.parse(previous.getCommand()).name();
            warningIn(await.getPattern(), Literals.PATTERN__TEXT, 0, p.prefix().length(), "the command before, " + name
                    + ", never produces " + p.prefix() + answers(produced), IssueCodes.URC_NOT_PRODUCED);
        }
    }

    @Check
    public void handler(Handler h) {
        if (h.getPattern() == null || h.getPattern().getText() == null
                || SyntaxCut.at(h.getPattern(), Literals.PATTERN__TEXT)) {
            return;
        }
        PatternText p = PatternText.parse(h.getPattern().getText());
        if (p.kind() == PatternKind.PREFIXED && context.catalog().urc(p.prefix()).isEmpty()) {
            unknown(h.getPattern(), p.prefix());
        } else if (p.kind() == PatternKind.WORD) {
            word(h.getPattern(), p);
        }
    }

    @Check
    public void data(Send send) {
        Optional<FormSpec> form = form(send);
        if (form.isEmpty()) {
            return;
        }
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        DataMode mode = form.get().dataFor(cmd);
        Data data = send.getData();
        String name = cmd.name();
        String wanted = switch (mode) {
            case NONE -> null;
            case PROMPT_CTRLZ -> "prompt <payload> ctrlz";
            case PROMPT_LENGTH -> "prompt <payload>";
            case CONNECT -> "connect <data>";
            case CONNECT_READ -> "receive <name>";
        };
        boolean fits = switch (data) {
            case null -> mode == DataMode.NONE;
            case Prompt pr -> (mode == DataMode.PROMPT_CTRLZ && pr.isCtrlZ()) || (mode == DataMode.PROMPT_LENGTH && !pr.isCtrlZ());
            case ConnectData c -> mode == DataMode.CONNECT;
            case Receive r -> mode == DataMode.CONNECT_READ;
            default -> true;
        };
        if (!fits) {
            String message = wanted == null ? name + " does not ask for data; remove this clause"
                    : data == null ? name + " waits for data; add " + wanted
                    : name + " needs " + wanted + (mode == DataMode.PROMPT_LENGTH ? " (by length, no Ctrl-Z)" : "");
            if (data == null) {
                errorIn(send, Literals.SEND__COMMAND, 0, name.length(), message, IssueCodes.DATA_MISMATCH);
            } else {
                error(message, send, Literals.SEND__DATA, IssueCodes.DATA_MISMATCH);
            }
            return;
        }
        length(send, form.get(), data);
    }

    private void length(Send send, FormSpec form, Data data) {
        io.atflow.lang.atFlow.Expression value = data instanceof Prompt p ? p.getValue()
                : data instanceof ConnectData c ? c.getValue() : null;
        if (value == null) {
            return;
        }
        int index = lengthIndex(form.params());
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        AtArgument arg = index < 0 ? null : cmd.arg(index);
        if (arg == null || !arg.template().isConstant() || !arg.value().matches("[0-9]{1,9}")) {
            return;
        }
        Optional<String> text = context.evaluator(send).value(value);
        if (text.isEmpty()) {
            return;
        }
        int bytes = text.get().getBytes(StandardCharsets.UTF_8).length;
        if (bytes != Integer.parseInt(arg.value())) {
            errorIn(send, Literals.SEND__COMMAND, arg.offset(), arg.raw().length(), "the data is " + bytes
                    + " bytes but the command announces " + arg.value() + "; write " + bytes
                    + " (or ${len(...)} of the data)", IssueCodes.LENGTH_MISMATCH, Integer.toString(bytes));
        }
    }

    static int lengthIndex(List<ParamSpec> params) {
        for (int i = 0; i < params.size(); i++) {
            String n = params.get(i).name().toLowerCase(java.util.Locale.ROOT);
            if (n.equals("length") || n.endsWith("_length") || n.equals("file_size")) {
                return i;
            }
        }
        return -1;
    }

    private void word(EObject pattern, PatternText p) {
        if (context.catalog().result(p.text()).isEmpty()) {
            infoIn(pattern, Literals.PATTERN__TEXT, 0, p.text().length(), p.text()
                    + " is not a result word the catalog knows", IssueCodes.UNKNOWN_URC);
        }
    }

    private void unknown(EObject pattern, String prefix) {
        infoIn(pattern, Literals.PATTERN__TEXT, 0, prefix.length(), prefix + " is not in the AT catalog",
                IssueCodes.UNKNOWN_URC);
    }

    private Optional<FormSpec> form(Send send) {
        if (send.getCommand() == null) {
            return Optional.empty();
        }
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        return context.catalog().command(cmd.name()).flatMap(c -> c.form(cmd.form()));
    }

    private static Set<String> produced(FormSpec form) {
        Set<String> s = new HashSet<>(form.responses());
        s.addAll(form.results());
        return s;
    }

    private static String answers(Set<String> produced) {
        return produced.isEmpty() ? "" : "; it answers " + String.join(", ", new java.util.TreeSet<>(produced));
    }

}
