package io.atflow.run.interp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.model.ScriptIndex;

/**
 * The names of a run. Variables, captures and {@code receive} targets are bound in execution order (by the script
 * thread and by handlers, hence concurrent); devices, products and payloads are declarations known from the start
 * and evaluated when read. Values given from outside ({@code --var k=v}) win over {@code var k = ...} defaults.
 */
public final class Scope {
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final Map<String, Identity> identities = new ConcurrentHashMap<>();
    private final Map<String, PayloadDecl> payloads = new ConcurrentHashMap<>();
    private final Set<String> overridden;

    public Scope(ScriptIndex index, Map<String, String> overrides) {
        for (Map.Entry<String, Device> d : index.devices().entrySet()) {
            identities.put(d.getKey(), new Identity("device", d.getKey(), d.getValue().getFields()));
        }
        for (Map.Entry<String, Product> p : index.products().entrySet()) {
            identities.put(p.getKey(), new Identity("product", p.getKey(), p.getValue().getFields()));
        }
        payloads.putAll(index.payloads());
        values.putAll(overrides);
        overridden = Set.copyOf(overrides.keySet());
    }

    /** True when the value of {@code name} was given from outside and {@code var} must not replace it. */
    public boolean isOverridden(String name) {
        return overridden.contains(name);
    }

    public void bind(String name, Object value) {
        values.put(name, value);
    }

    /** A bound variable or capture, else null. */
    public Object value(String name) {
        return values.get(name);
    }

    /** The bound variables and captures now (for a debugger's view). */
    public Map<String, Object> bound() {
        return Map.copyOf(values);
    }

    /** The devices and products by name. */
    public Map<String, Identity> identities() {
        return Map.copyOf(identities);
    }

    public Identity identity(String name) {
        return identities.get(name);
    }

    public PayloadDecl payload(String name) {
        return payloads.get(name);
    }
}
