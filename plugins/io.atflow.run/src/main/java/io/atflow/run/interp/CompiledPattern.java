package io.atflow.run.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EObject;

import io.atflow.lang.model.PatternKind;
import io.atflow.lang.model.PatternText;

/**
 * A pattern of {@code expect}, {@code await} or {@code on} made ready to match whole lines: literal text exactly,
 * {@code {name}} captures (the last one greedy; lines may hold line breaks of a length-framed payload),
 * {@code ${...}} with their current values, {@code +NAME} alone any line with that prefix, regular expressions as
 * written. Capture groups are numbered internally, so any capture name works.
 */
public final class CompiledPattern {
    private final PatternText source;
    private final Pattern regex;
    private final List<String> names;

    private CompiledPattern(PatternText source, Pattern regex, List<String> names) {
        this.source = source;
        this.regex = regex;
        this.names = List.copyOf(names);
    }

    /** Compiles {@code text}; placeholders are evaluated now, failures are located at {@code where}. */
    public static CompiledPattern compile(String text, Evaluator eval, Locations locations, EObject where) {
        PatternText p = PatternText.parse(text);
        if (p.error() != null) {
            throw ScriptFailure.failed("pattern " + text + ": " + p.error(), locations.of(where));
        }
        List<String> names = new ArrayList<>();
        StringBuilder re = new StringBuilder();
        if (p.kind() == PatternKind.REGEX) {
            re.append(text, 1, text.length() - 1);
            p.captures().forEach(c -> names.add(c.name()));
        } else if (p.kind() == PatternKind.PREFIXED && text.indexOf(':') < 0) {
            re.append(Pattern.quote(text)).append("(?::.*)?");
        } else {
            long remaining = p.captures().size();
            for (PatternText.Part part : p.parts()) {
                switch (part) {
                    case PatternText.Literal l -> re.append(Pattern.quote(l.text()));
                    case PatternText.Capture c -> {
                        names.add(c.name());
                        re.append(--remaining == 0 ? "(.*)" : "(.*?)");
                    }
                    case PatternText.Insert ins -> re.append(Pattern.quote(eval.placeholder(ins.placeholder(), where)));
                }
            }
        }
        try {
            return new CompiledPattern(p, Pattern.compile(re.toString(), Pattern.DOTALL), names);
        } catch (PatternSyntaxException e) {
            throw ScriptFailure.failed("pattern " + text + " does not compile: " + e.getDescription(),
                    locations.of(where));
        }
    }

    /** The captures when {@code line} matches entirely, else null. */
    public Map<String, String> match(String line) {
        Matcher m = regex.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String v = source.kind() == PatternKind.REGEX ? m.group(names.get(i)) : m.group(i + 1);
            out.put(names.get(i), v == null ? "" : v);
        }
        return out;
    }

    public Pattern regex() {
        return regex;
    }

    /** The pattern as written, e.g. {@code +QMTOPEN: 0,{result}}. */
    public String text() {
        return source.text();
    }

    /** {@code +QMTOPEN} of a prefixed pattern, else null. */
    public String prefix() {
        return source.kind() == PatternKind.PREFIXED ? source.prefix() : null;
    }
}
