package io.atflow.engine.urc;

import java.util.Objects;
import java.util.regex.Pattern;

/** Selects URCs by line prefix or by a regular expression over the whole line. */
public sealed interface UrcFilter {
    boolean matches(Urc urc);

    /** For messages: {@code prefix "+QMTOPEN: 0,"}. */
    String describe();

    /** Lines starting with {@code prefix}, e.g. {@code +QMTSTAT:} or {@code +QMTOPEN: 0,}. */
    static UrcFilter prefix(String prefix) {
        return new Prefix(prefix);
    }

    /** Lines the regular expression matches entirely, e.g. {@code \+QMTOPEN: 0,(?<result>-?\d+)}. */
    static UrcFilter pattern(String regex) {
        return new Regex(Pattern.compile(regex));
    }

    static UrcFilter pattern(Pattern pattern) {
        return new Regex(pattern);
    }

    /** Every URC. */
    static UrcFilter any() {
        return new Any();
    }

    record Prefix(String prefix) implements UrcFilter {
        public Prefix {
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public boolean matches(Urc urc) {
            return urc.line().startsWith(prefix);
        }

        @Override
        public String describe() {
            return "prefix \"" + prefix + "\"";
        }
    }

    record Regex(Pattern pattern) implements UrcFilter {
        public Regex {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public boolean matches(Urc urc) {
            return pattern.matcher(urc.line()).matches();
        }

        @Override
        public String describe() {
            return "pattern /" + pattern.pattern() + "/";
        }
    }

    record Any() implements UrcFilter {
        @Override
        public boolean matches(Urc urc) {
            return true;
        }

        @Override
        public String describe() {
            return "any URC";
        }
    }
}
