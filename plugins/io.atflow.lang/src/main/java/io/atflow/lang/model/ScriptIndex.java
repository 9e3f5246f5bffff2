package io.atflow.lang.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.atflow.lang.atFlow.Assign;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.ProfileDecl;
import io.atflow.lang.atFlow.ThingModelDecl;
import io.atflow.lang.atFlow.Receive;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.VarDecl;

/**
 * The names a script (with its includes) declares: devices, products, payloads, variables, captures of patterns and
 * {@code receive} targets. Names are script-wide; the interpreter binds them in execution order.
 */
public final class ScriptIndex {
    /** Functions available in expressions and placeholders. */
    public static final Set<String> FUNCTIONS = Set.of("secret", "json", "len", "env", "now");

    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, PayloadDecl> payloads = new LinkedHashMap<>();
    private final Map<String, List<VarDecl>> vars = new LinkedHashMap<>();
    private final Set<String> assigned = new HashSet<>();
    private final Set<String> captured = new HashSet<>();
    private final List<EObject> duplicates = new ArrayList<>();
    private String profile;
    private ThingModelDecl thingModel;

    private ScriptIndex() {
    }

    /** Indexes {@code script} and the scripts it includes (each once; cycles are cut). */
    public static ScriptIndex build(Script script) {
        ScriptIndex index = new ScriptIndex();
        index.add(script, new HashSet<>(), true);
        return index;
    }

    private void add(Script script, Set<Resource> seen, boolean own) {
        if (script == null || (script.eResource() != null && !seen.add(script.eResource()))) {
            return;
        }
        for (TreeIterator<EObject> it = script.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            switch (o) {
                case Device d -> put(devices, d.getName(), d, own);
                case Product p -> put(products, p.getName(), p, own);
                case PayloadDecl p -> put(payloads, p.getName(), p, own);
                case VarDecl v -> vars.computeIfAbsent(v.getName(), k -> new ArrayList<>()).add(v);
                case Assign a -> assigned.add(a.getName());
                case Receive r -> captured.add(r.getName());
                case Send s when s.getExpect() != null -> addCaptures(s.getExpect().getText());
                case Await a when a.getPattern() != null -> addCaptures(a.getPattern().getText());
                case Handler h when h.getPattern() != null -> addCaptures(h.getPattern().getText());
                case ProfileDecl p when own -> profile = p.getName();
                case ThingModelDecl t when thingModel == null -> thingModel = t;
                case Include inc -> add(Includes.load(inc), seen, false);
                default -> {
                }
            }
        }
    }

    private <T extends EObject> void put(Map<String, T> map, String name, T value, boolean own) {
        if (name == null) {
            return;
        }
        if (map.containsKey(name) || (own && isDeclared(name) && !map.containsKey(name))) {
            if (own) {
                duplicates.add(value);
            }
            return;
        }
        map.put(name, value);
    }

    private void addCaptures(String patternText) {
        if (patternText != null) {
            PatternText.parse(patternText).captures().forEach(c -> captured.add(c.name()));
        }
    }

    public boolean isDeclared(String name) {
        return devices.containsKey(name) || products.containsKey(name) || payloads.containsKey(name)
                || vars.containsKey(name) || captured.contains(name);
    }

    public Set<String> names() {
        Set<String> all = new java.util.TreeSet<>();
        all.addAll(devices.keySet());
        all.addAll(products.keySet());
        all.addAll(payloads.keySet());
        all.addAll(vars.keySet());
        all.addAll(captured);
        return all;
    }

    public Map<String, Device> devices() {
        return Collections.unmodifiableMap(devices);
    }

    public Map<String, Product> products() {
        return Collections.unmodifiableMap(products);
    }

    public Map<String, PayloadDecl> payloads() {
        return Collections.unmodifiableMap(payloads);
    }

    public List<VarDecl> vars(String name) {
        return vars.getOrDefault(name, List.of());
    }

    /** True when the value of {@code name} can change while the script runs (set, captured or received). */
    public boolean isMutable(String name) {
        return assigned.contains(name) || captured.contains(name) || vars(name).size() > 1;
    }

    /** Declarations of this script (not its includes) whose name was already taken. */
    public List<EObject> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    /** The profile named by {@code profile ...} in the script itself, or null. */
    /** The first {@code thingModel} declaration of the script or its includes, or null. */
    public ThingModelDecl thingModel() {
        return thingModel;
    }

    public String profile() {
        return profile;
    }
}
