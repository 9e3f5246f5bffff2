package io.atflow.run.interp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.atflow.engine.at.CommandFacts;
import io.atflow.engine.channel.AtCommand;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.lang.catalog.UrcSpec;
import io.atflow.lang.catalog.VariantSpec;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.CommandForm;

/**
 * Configures engine commands from the catalog: the {@code +NAME:} lines that are the command's response (the
 * catalog's responses, the names in the command line, and the prefix of a prefixed {@code expect}), and those that
 * are its delayed results and go to the URC bus ({@code +QMTOPEN} of {@code AT+QMTOPEN=...}). Also finds the
 * credentials among the arguments (parameters the catalog marks secret) and the announced data length.
 */
public final class CommandFactory {
    private static final Set<String> ERROR_PREFIXES = Set.of("+CME ERROR", "+CMS ERROR");
    private final AtCatalog catalog;
    private final CommandFacts facts;

    public CommandFactory(AtCatalog catalog) {
        this.catalog = catalog;
        this.facts = catalog.commandFacts();
    }

    /** The catalog's description of the form {@code cmd} uses, if any. */
    public Optional<FormSpec> form(AtCommandText cmd) {
        return catalog.command(cmd.name()).flatMap(c -> c.form(cmd.form()));
    }

    /** The command with responses and delayed results set; timeout, payload and body are added by the caller. */
    public AtCommand build(String text, AtCommandText cmd, CompiledPattern expect) {
        AtCommand c = AtCommand.of(text, facts);
        Set<String> responses = new LinkedHashSet<>(c.responses());
        Set<String> delayed = new LinkedHashSet<>(c.delayed());
        form(cmd).ifPresent(f -> {
            responses.addAll(f.responses());
            if (cmd.form() == CommandForm.WRITE || cmd.form() == CommandForm.EXEC) {
                delayed.addAll(f.results());
            }
        });
        if (expect != null && expect.prefix() != null && !awaitsUrc(expect, responses, delayed)) {
            responses.add(expect.prefix());
        }
        responses.removeAll(delayed);
        return c.withResponses(responses.toArray(String[]::new)).withDelayed(delayed.toArray(String[]::new));
    }

    /**
     * True when {@code expect} names a delayed result or an unsolicited code rather than a response line: it is
     * then awaited on the URC bus after the command's {@code OK}.
     */
    public boolean awaitsUrc(CompiledPattern expect, Set<String> responses, Set<String> delayed) {
        String prefix = expect.prefix();
        if (prefix == null || ERROR_PREFIXES.contains(prefix) || responses.contains(prefix)) {
            return false;
        }
        return delayed.contains(prefix) || catalog.urc(prefix).map(UrcSpec::unsolicited).orElse(false);
    }

    /** Whether {@code expect} of the command {@code built} is awaited as a URC. */
    public boolean awaitsUrc(CompiledPattern expect, AtCommand built) {
        return expect != null && awaitsUrc(expect, built.responses(), built.delayed());
    }

    /** Passes the values of credential arguments (password, device secret) to {@code sink}. */
    public void secretArguments(AtCommandText cmd, Consumer<String> sink) {
        Optional<FormSpec> form = form(cmd);
        if (form.isEmpty()) {
            return;
        }
        List<AtArgument> args = cmd.args();
        VariantSpec variant = cmd.subKey() == null ? null : form.get().variants().get(cmd.subKey());
        for (int i = 0; i < args.size(); i++) {
            ParamSpec p = variant != null ? (i == 0 ? null : i - 1 < variant.params().size()
                    ? variant.params().get(i - 1) : null) : form.get().param(i);
            if (p != null && p.secret() && !args.get(i).value().isEmpty()) {
                sink.accept(args.get(i).value());
            }
        }
    }

    /** How long the catalog says the command's delayed result may take ({@code resultWithin}), if it says. */
    public Optional<java.time.Duration> resultWithin(AtCommandText cmd) {
        return form(cmd).map(FormSpec::resultWithin).flatMap(CommandFactory::duration);
    }

    /** The catalog's maximum response time of the command's final result ({@code maxResponse}), if it says. */
    public Optional<java.time.Duration> maxResponse(AtCommandText cmd) {
        return form(cmd).map(FormSpec::maxResponse).flatMap(CommandFactory::duration);
    }

    private static Optional<java.time.Duration> duration(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(io.atflow.lang.model.Durations.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The data length the command announces ({@code length}, {@code URL_length}, ...), or -1. */
    public long announcedLength(AtCommandText cmd) {
        Optional<FormSpec> form = form(cmd);
        if (form.isEmpty()) {
            return -1;
        }
        List<ParamSpec> params = form.get().params();
        for (int i = 0; i < params.size(); i++) {
            String n = params.get(i).name().toLowerCase(java.util.Locale.ROOT);
            if ((n.equals("length") || n.endsWith("_length")) && cmd.arg(i) != null
                    && cmd.arg(i).value().matches("[0-9]{1,9}")) {
                return Long.parseLong(cmd.arg(i).value());
            }
        }
        return -1;
    }
}
