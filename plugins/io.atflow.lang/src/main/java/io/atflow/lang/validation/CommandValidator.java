package io.atflow.lang.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.DidYouMean;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.lang.catalog.VariantSpec;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.CommandForm;
import io.atflow.lang.model.Template;

/** AT commands against the catalog: known command, profile, form, variant, arity, quoting, type and range. */
public class CommandValidator extends AtFlowCheckBase {

    @Check
    public void command(Send send) {
        if (send.getCommand() == null || SyntaxCut.at(send, Literals.SEND__COMMAND)) {
            return;
        }
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        for (AtArgument a : cmd.args()) {
            if (a.quoted() && !a.closed()) {
                errorIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), "this argument lacks its closing '\"'",
                        IssueCodes.BAD_QUOTING);
                return;
            }
        }
        String profile = context.profile(send);
        Optional<CommandSpec> spec = context.catalog().command(cmd.name());
        if (spec.isEmpty()) {
            List<String> s = context.catalog().suggestCommands(cmd.name(), profile);
            warningIn(send, Literals.SEND__COMMAND, 0, cmd.nameLength(), "unknown AT command " + cmd.name()
                    + NameValidator.suggestion(s), IssueCodes.UNKNOWN_COMMAND, s.toArray(String[]::new));
            return;
        }
        CommandSpec c = spec.get();
        if (!context.catalog().available(c, profile)) {
            warningIn(send, Literals.SEND__COMMAND, 0, cmd.nameLength(), c.name() + " is not available on "
                    + profileName(profile), IssueCodes.NOT_IN_PROFILE);
        }
        Optional<FormSpec> form = c.form(cmd.form());
        if (form.isEmpty()) {
            errorIn(send, Literals.SEND__COMMAND, 0, cmd.text().length(), c.name() + " has no " + cmd.form().key()
                    + " form; it has " + String.join(", ", c.forms().keySet().stream().map(CommandForm::key).sorted().toList()),
                    IssueCodes.UNSUPPORTED_FORM);
            return;
        }
        if (cmd.form() == CommandForm.WRITE) {
            arguments(send, c, form.get(), cmd, profile);
        }
    }

    private String profileName(String profile) {
        return context.catalog().profile(profile).map(p -> p.name()).orElse(profile);
    }

    private void arguments(Send send, CommandSpec c, FormSpec form, AtCommandText cmd, String profile) {
        List<ParamSpec> params = form.params();
        List<AtArgument> args = cmd.args();
        String label = c.name();
        int first = 0;
        if (!form.variants().isEmpty()) {
            String key = cmd.subKey();
            VariantSpec v = key == null ? null : form.variants().get(key);
            if (v == null) {
                AtArgument a0 = cmd.arg(0);
                List<String> s = key == null ? List.of() : DidYouMean.suggest(key, form.variants().keySet());
                errorIn(send, Literals.SEND__COMMAND, a0.offset(), Math.max(1, a0.raw().length()), c.name()
                        + (key == null ? " needs a quoted setting name first" : " has no setting \"" + key + "\"")
                        + NameValidator.suggestion(s.stream().map(x -> "\"" + x + "\"").toList()) + "; settings are "
                        + String.join(", ", new java.util.TreeSet<>(form.variants().keySet())), IssueCodes.UNKNOWN_VARIANT,
                        s.toArray(String[]::new));
                return;
            }
            params = v.params();
            first = 1;
            label = c.name() + "=\"" + key + "\"";
            if (!context.catalog().available(v, profile)) {
                AtArgument a0 = cmd.arg(0);
                warningIn(send, Literals.SEND__COMMAND, a0.offset(), a0.raw().length(), label + " is not available on "
                        + profileName(profile), IssueCodes.NOT_IN_PROFILE);
            }
        }
        int count = args.size() - first;
        int min = (int) params.stream().filter(p -> !p.optional()).count();
        int max = form.repeatLast() > 0 && first == 0 ? Integer.MAX_VALUE : params.size();
        if (count < min || count > max) {
            String expected = min == max ? Integer.toString(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " to " + max;
            errorIn(send, Literals.SEND__COMMAND, cmd.nameLength(), cmd.text().length() - cmd.nameLength(), label
                    + " takes " + expected + " argument" + (max == 1 ? "" : "s") + ", not " + count, IssueCodes.WRONG_ARITY);
        }
        for (int i = first; i < args.size(); i++) {
            ParamSpec p = first == 0 ? form.param(i) : (i - first < params.size() ? params.get(i - first) : null);
            if (p != null) {
                argument(send, label, p, args.get(i));
            }
        }
    }

    private void argument(Send send, String label, ParamSpec p, AtArgument a) {
        if (a.isEmpty()) {
            return;
        }
        Template t = a.template();
        if (p.quoted() != a.quoted() && !(isPlaceholderOnly(t) && !a.quoted())) {
            String fix = p.quoted() ? "write it in double quotes" : "write it without quotes";
            errorIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), "<" + p.name() + "> of " + label + " is "
                    + (p.quoted() ? "a quoted text" : "not quoted") + "; " + fix, IssueCodes.BAD_QUOTING, p.quoted() ? "quote" : "unquote");
            return;
        }
        if (!t.isConstant()) {
            return;
        }
        String v = a.value();
        switch (p.type()) {
            case INT -> {
                if (!v.matches("-?[0-9]{1,18}")) {
                    errorIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), "<" + p.name() + "> of " + label
                            + " must be an integer, not " + a.raw(), IssueCodes.WRONG_TYPE);
                    return;
                }
                long n = Long.parseLong(v);
                if ((p.min() != null && n < p.min()) || (p.max() != null && n > p.max())) {
                    report(send, p, a, "<" + p.name() + "> of " + label + " must be " + range(p) + ", not " + v);
                }
            }
            case ENUM -> {
                if (!p.values().contains(v)) {
                    report(send, p, a, "<" + p.name() + "> of " + label + " must be one of " + String.join(", ", p.values())
                            + ", not " + a.raw());
                }
            }
            case STRING -> {
                if (p.maxLength() != null && v.length() > p.maxLength()) {
                    report(send, p, a, "<" + p.name() + "> of " + label + " is " + v.length()
                            + " characters; the module accepts at most " + p.maxLength());
                }
            }
        }
    }

    private void report(Send send, ParamSpec p, AtArgument a, String message) {
        if (p.uncertain()) {
            warningIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), message
                    + " (limit from an unverified source)", IssueCodes.OUT_OF_RANGE);
        } else {
            errorIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), message, IssueCodes.OUT_OF_RANGE);
        }
    }

    private static String range(ParamSpec p) {
        if (p.min() != null && p.max() != null) {
            return "between " + p.min() + " and " + p.max();
        }
        return p.min() != null ? "at least " + p.min() : "at most " + p.max();
    }

    private static boolean isPlaceholderOnly(Template t) {
        return t.segments().size() == 1 && t.segments().get(0) instanceof Template.Placeholder;
    }
}
