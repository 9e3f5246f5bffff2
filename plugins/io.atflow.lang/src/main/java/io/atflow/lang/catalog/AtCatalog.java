package io.atflow.lang.catalog;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data-driven AT command catalog: commands with their forms and parameters, responses, delayed results and URCs
 * with the meaning of their codes, result words and module profiles. Shared by the validator, the interpreter, the
 * engine configuration and the IDE (hover, content assist, URC decoding). Immutable and thread-safe.
 */
public final class AtCatalog {
    private final List<ProfileSpec> profiles;
    private final Map<String, FinalResult> finals = new LinkedHashMap<>();
    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();
    private final Map<String, UrcSpec> urcs = new LinkedHashMap<>();

    AtCatalog(List<ProfileSpec> profiles, List<FinalResult> finals, List<CommandSpec> commands, List<UrcSpec> urcs) {
        this.profiles = List.copyOf(profiles);
        finals.forEach(f -> this.finals.put(f.name(), f));
        commands.forEach(c -> this.commands.put(c.name(), c));
        urcs.forEach(u -> this.urcs.put(u.name(), u));
    }

    private static final class Holder {
        static final AtCatalog STANDARD = CatalogLoader.loadStandard();
    }

    /** The catalog shipped in this bundle, loaded once. */
    public static AtCatalog standard() {
        return Holder.STANDARD;
    }

    /** A catalog read from JSON in the same format as the shipped one (for tests and custom module sets). */
    public static AtCatalog load(Reader json) {
        return CatalogLoader.load(json);
    }

    public List<ProfileSpec> profiles() {
        return profiles;
    }

    public Optional<ProfileSpec> profile(String id) {
        return profiles.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    public ProfileSpec defaultProfile() {
        return profiles.stream().filter(ProfileSpec::isDefault).findFirst().orElse(profiles.get(0));
    }

    /** A command by its full name, e.g. {@code AT+QMTOPEN} or {@code ATE} (case-insensitive). */
    public Optional<CommandSpec> command(String name) {
        return Optional.ofNullable(commands.get(name.toUpperCase(Locale.ROOT)))
                .or(() -> commands.values().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst());
    }

    public List<CommandSpec> commands() {
        return List.copyOf(commands.values());
    }

    /** The commands a profile has, a model's being its family's ({@code null}: all). */
    public List<CommandSpec> commands(String profile) {
        return commands.values().stream().filter(c -> available(c, profile)).toList();
    }

    /** Whether {@code c} exists on {@code profile}: listed for the profile itself or, for a model, its family. */
    public boolean available(CommandSpec c, String profile) {
        return c.availableIn(profile) || c.availableIn(family(profile));
    }

    /** Whether a setting of a command ({@code AT+QCFG="iotopmode"}) exists on a model, directly or by its family. */
    public boolean available(VariantSpec v, String profile) {
        return v.availableIn(profile) || v.availableIn(family(profile));
    }

    private String family(String profile) {
        return profile(profile).map(ProfileSpec::familyId).orElse(profile);
    }

    /** A prefixed response/URC by its prefix, e.g. {@code +QMTSTAT}. */
    public Optional<UrcSpec> urc(String prefix) {
        return Optional.ofNullable(urcs.get(prefix));
    }

    public List<UrcSpec> urcs() {
        return List.copyOf(urcs.values());
    }

    public Optional<FinalResult> result(String word) {
        return Optional.ofNullable(finals.get(word));
    }

    public List<FinalResult> results() {
        return List.copyOf(finals.values());
    }

    /** Prefixes that are a command's delayed result (e.g. +QMTOPEN): URCs only when no such command is pending. */
    public List<String> delayedResultPrefixes() {
        return urcs.values().stream().filter(UrcSpec::result).map(UrcSpec::name).toList();
    }

    /** What the engine needs to know about commands: which answer late, which end with SEND OK. */
    public io.atflow.engine.at.CommandFacts commandFacts() {
        return new CatalogFacts(this);
    }

    /** Prefixes that may arrive at any time (e.g. +QMTSTAT, +QMTRECV). */
    public List<String> unsolicitedPrefixes() {
        return urcs.values().stream().filter(UrcSpec::unsolicited).map(UrcSpec::name).toList();
    }

    /** Commands that report their outcome with the delayed result {@code prefix}. */
    public List<CommandSpec> producersOf(String prefix) {
        return commands.values().stream().filter(c -> c.forms().values().stream()
                .anyMatch(f -> f.results().contains(prefix) || f.responses().contains(prefix))).toList();
    }

    /** Known command names closest to a misspelt one. */
    public List<String> suggestCommands(String name, String profile) {
        return DidYouMean.suggest(name, commands(profile).stream().map(CommandSpec::name).toList());
    }

    /**
     * Explains a line the module printed: {@code +QMTSTAT: 0,1} gives "+QMTSTAT err_code 1: connection closed or
     * reset by peer"; a result word gives its documentation. Empty when nothing is known.
     */
    public Optional<String> describe(String line) {
        return new UrcExplainer(this).describe(line);
    }
}
