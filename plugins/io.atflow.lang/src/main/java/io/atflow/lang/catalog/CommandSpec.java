package io.atflow.lang.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.atflow.lang.model.CommandForm;

/**
 * A command of the catalog; {@code profiles} empty means every profile has it; {@code source} names the manual (and
 * section) its syntax, ranges and times come from, or is null; {@code examples} are command lines written as the
 * manual shows them (each validates against this entry); {@code badArgument} is the final result the module gives
 * for arguments that do not fit ({@code ERROR} or {@code +CME ERROR: <n>}; null: plain ERROR); {@code profileNotes}
 * say, per profile id, how that profile differs from the entry.
 */
public record CommandSpec(String name, String summary, Set<String> profiles, Map<CommandForm, FormSpec> forms,
        String source, List<String> examples, String badArgument, Map<String, String> profileNotes) {

    public CommandSpec {
        profiles = Set.copyOf(profiles);
        forms = Map.copyOf(forms);
        examples = List.copyOf(examples);
        profileNotes = Map.copyOf(profileNotes);
    }

    /** The final result for arguments that do not fit: {@link #badArgument} or plain {@code ERROR}. */
    public String badArgumentResult() {
        return badArgument == null ? "ERROR" : badArgument;
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
