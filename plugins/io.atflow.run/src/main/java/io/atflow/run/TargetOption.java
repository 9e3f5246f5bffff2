package io.atflow.run;

import java.util.List;
import java.util.Objects;

/**
 * A setting a contributed target takes besides its {@code --port} value (the simulator's profile, device states and
 * faults), described by its {@link TargetProvider} so that a front end (a launch configuration tab) can list it and
 * its choices without knowing the provider. Values are passed to
 * {@link Targets#parse(String, io.atflow.engine.transport.SerialSettings, java.util.Map)} under {@link #key}.
 *
 * @param key     the name the value is given under, e.g. {@code profile}
 * @param label   the setting's name for people, also the first word of a problem's sentence, e.g. {@code Profile}
 * @param kind    one of the choices, any of them, or free text
 * @param choices for {@link Kind#ONE_OF} and {@link Kind#ANY_OF}, in the order to show them
 * @param initial the value(s) of a target given none, e.g. the default profile
 * @param hint    what the setting does, for a tool tip
 * @param example an example value of a {@link Kind#TEXT} setting, or empty
 */
public record TargetOption(String key, String label, Kind kind, List<Choice> choices, List<String> initial,
        String hint, String example) {
    /** How many values the setting takes. */
    public enum Kind {
        /** Exactly one of the choices. */
        ONE_OF,
        /** Any subset of the choices. */
        ANY_OF,
        /** Text as typed; the provider reads it (e.g. specs separated by commas or blanks). */
        TEXT
    }

    /**
     * @param value       what is passed, e.g. {@code bg95}
     * @param label       what is shown, e.g. {@code BG95}
     * @param description a few words, or empty
     */
    public record Choice(String value, String label, String description) {
    }

    public TargetOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        initial = List.copyOf(initial);
    }

    /**
     * A value a provider does not accept: one sentence that starts with the option's {@link TargetOption#label},
     * e.g. {@code Faults: fault "slow" needs a pause, e.g. slow=20ms.}
     */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public Invalid(String label, String problem) {
            super(label + ": " + problem.strip() + (problem.strip().endsWith(".") ? "" : "."));
        }
    }
}
