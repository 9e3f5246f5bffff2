package io.atflow.studio;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;

/**
 * {@code -application io.atflow.studio.installcheck -checkFeature <id>}: starts every plug-in of the installed feature and
 * prints one line per bundle; exit code 0 when all are active, 1 otherwise. Proves that an installation resolves.
 */
public final class InstallCheckApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> expected;
        try {
            expected = InstalledFeature.plugins(featureId(args));
        } catch (IllegalStateException e) {
            System.out.println("installcheck: " + e.getMessage());
            return Integer.valueOf(2);
        }
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Map<String, Bundle> installed = Arrays.stream(bc.getBundles())
                .collect(Collectors.toMap(Bundle::getSymbolicName, Function.identity(), (a, b) -> a));
        int failures = 0;
        for (String name : expected) {
            String problem = check(Optional.ofNullable(installed.get(name)));
            System.out.println("installcheck: " + name + ": " + (problem == null ? "active" : problem));
            failures += problem == null ? 0 : 1;
        }
        return Integer.valueOf(failures == 0 ? 0 : 1);
    }

    private static String check(Optional<Bundle> bundle) {
        if (bundle.isEmpty()) {
            return "NOT INSTALLED";
        }
        if ((bundle.get().adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            // a fragment is never started: it is attached to its host once resolved
            return bundle.get().getState() == Bundle.RESOLVED ? null : "fragment not attached, state "
                    + bundle.get().getState();
        }
        try {
            bundle.get().start(Bundle.START_TRANSIENT);
            return bundle.get().getState() == Bundle.ACTIVE ? null : "state " + bundle.get().getState();
        } catch (BundleException e) {
            return "FAILED: " + e.getMessage().replace('\n', ' ');
        }
    }

    private static String featureId(String[] args) {
        for (int i = 0; args != null && i + 1 < args.length; i++) {
            if (args[i].equals("-checkFeature")) {
                return args[i + 1];
            }
        }
        throw new IllegalStateException("give -checkFeature <feature id>");
    }

    @Override
    public void stop() {
        // nothing to clean up
    }
}
