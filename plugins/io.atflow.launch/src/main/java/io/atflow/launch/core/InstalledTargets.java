package io.atflow.launch.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.run.RunTarget;
import io.atflow.run.TargetOption;
import io.atflow.run.TargetProvider;
import io.atflow.run.Targets;

/**
 * The run targets installed in the platform: the engine's transports and the {@link TargetProvider} OSGi services
 * (the simulator's, a delayed component of {@code io.atflow.sim}, taken only when the transports do not read the
 * value). Outside OSGi (plain unit tests) the providers of
 * the class path's {@code META-INF/services}.
 */
public final class InstalledTargets {
    private InstalledTargets() {
    }

    /**
     * The target a launch configuration's or AT console's target field names.
     *
     * @throws IllegalArgumentException one sentence showing the accepted forms
     */
    public static RunTarget parse(String port, SerialSettings serial) {
        return parse(port, serial, Map.of());
    }

    /**
     * The target set up with its provider's options (values by {@link TargetOption#key}).
     *
     * @throws TargetOption.Invalid     one sentence naming the option whose value is wrong
     * @throws IllegalArgumentException one sentence showing the accepted forms
     */
    public static RunTarget parse(String port, SerialSettings serial, Map<String, List<String>> options) {
        return with(targets -> targets.parse(port, serial, options));
    }

    /** The settings the target of {@code port} takes besides the port, as its provider describes them. */
    public static List<TargetOption> options(String port) {
        return with(targets -> targets.options(port));
    }

    private static <T> T with(Function<Targets, T> ask) {
        Bundle bundle = FrameworkUtil.getBundle(InstalledTargets.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return ask.apply(Targets.installed(InstalledTargets.class.getClassLoader()));
        }
        List<ServiceReference<TargetProvider>> taken = new ArrayList<>();
        Iterable<TargetProvider> services = () -> references(context).stream().map(ref -> {
            taken.add(ref);
            return context.getService(ref);
        }).filter(Objects::nonNull).iterator();
        try {
            return ask.apply(new Targets(services));
        } finally {
            taken.forEach(context::ungetService);
        }
    }

    private static Collection<ServiceReference<TargetProvider>> references(BundleContext context) {
        try {
            return context.getServiceReferences(TargetProvider.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("no filter is given", e);
        }
    }
}
