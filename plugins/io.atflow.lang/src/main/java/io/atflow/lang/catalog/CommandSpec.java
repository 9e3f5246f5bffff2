package io.atflow.lang.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.atflow.lang.model.CommandForm;

/**
 * A command of the catalog; {@code profiles} empty means every profile has it; {@code source} names the manual (and
 * section) its syntax, ranges and times come from, or is null.
 */
public record CommandSpec(String name, String summary, Set<String> profiles, Map<CommandForm, FormSpec> forms,
        String source) {

    public CommandSpec {
        profiles = Set.copyOf(profiles);
        forms = Map.copyOf(forms);
    }

    public boolean availableIn(String profile) {
        return profiles.isEmpty() || profile == null || profiles.contains(profile);
    }

    public Optional<FormSpec> form(CommandForm form) {
        return Optional.ofNullable(forms.get(form));
    }

    /** The syntax of each form, one per line, for hover and content assist. */
    public String syntax() {
        StringBuilder b = new StringBuilder();
        for (CommandForm f : CommandForm.values()) {
            FormSpec spec = forms.get(f);
            if (spec == null) {
                continue;
            }
            b.append(name).append(switch (f) {
                case TEST -> "=?";
                case READ -> "?";
                case EXEC -> "";
                case WRITE -> "=" + params(spec);
            }).append('\n');
        }
        return b.toString();
    }

    private static String params(FormSpec spec) {
        if (!spec.variants().isEmpty()) {
            return "\"" + String.join("\"|\"", new java.util.TreeSet<>(spec.variants().keySet())) + "\",...";
        }
        StringBuilder b = new StringBuilder();
        int required = spec.minArgs();
        for (int i = 0; i < spec.params().size(); i++) {
            ParamSpec p = spec.params().get(i);
            String text = p.quoted() ? "\"<" + p.name() + ">\"" : "<" + p.name() + ">";
            b.append(i == 0 ? "" : ",");
            b.append(i >= required ? "[" + text + "]" : text);
        }
        return spec.repeatLast() > 0 ? b + "[,...]" : b.toString();
    }
}
