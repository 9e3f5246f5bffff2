package io.atflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWiring;

/** The installed suite resolves and activates inside a running IDE workbench. */
class SuiteActivationTest {
    /** Every bundle of io.atflow.feature; a bundle added to the feature is added here. */
    static final Set<String> SUITE = Set.of("io.atflow.aliyun", "io.atflow.lang", "io.atflow.lang.ide", "io.atflow.ui", "io.atflow.cli", "io.atflow.engine",
            "io.atflow.platform", "io.atflow.sim", "io.atflow.run", "io.atflow.launch", "io.atflow.logging", "io.atflow.secrets");

    @Test
    void workbenchIsRunningWithAWindow() {
        assertTrue(PlatformUI.isWorkbenchRunning());
        assertNotNull(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @Test
    void everySuiteBundleIsInstalled() {
        Set<String> installed = Arrays.stream(context().getBundles()).map(Bundle::getSymbolicName)
                // io.atflow.studio ships with the Studio product, not the feature; the Studio tests bring it in
                .filter(n -> n.startsWith("io.atflow.") && !n.endsWith(".tests") && !n.equals("io.atflow.studio"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(SUITE), installed);
    }

    @Test
    void loggingConfigurationIsAttachedToLog4j() {
        Bundle fragment = Arrays.stream(context().getBundles())
                .filter(b -> b.getSymbolicName().equals("io.atflow.logging")).findFirst()
                .orElseThrow(() -> new AssertionError("io.atflow.logging is not installed"));
        assertEquals(Bundle.RESOLVED, fragment.getState(), "the fragment resolves");
        List<String> hosts = fragment.adapt(BundleWiring.class).getRequiredWires(HostNamespace.HOST_NAMESPACE)
                .stream().map(w -> w.getProvider().getSymbolicName()).toList();
        assertEquals(List.of("org.apache.log4j"), hosts);
        // what log4j looks up on its own class path when it configures itself
        Bundle log4j = Arrays.stream(context().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.apache.log4j")).findFirst().orElseThrow();
        assertNotNull(log4j.getResource("log4j.properties"), "log4j.properties is visible to log4j");
    }

    @ParameterizedTest
    @ValueSource(strings = { "io.atflow.aliyun", "io.atflow.lang", "io.atflow.lang.ide", "io.atflow.ui", "io.atflow.cli", "io.atflow.engine", "io.atflow.platform",
        "io.atflow.sim", "io.atflow.run", "io.atflow.launch", "io.moquette.broker", "com.fazecast.jSerialComm",
        "bcprov" })
    void bundleResolvesAndStarts(String name) throws BundleException {
        Bundle bundle = Arrays.stream(context().getBundles()).filter(b -> b.getSymbolicName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not installed"));
        bundle.start(Bundle.START_TRANSIENT);
        assertEquals(Bundle.ACTIVE, bundle.getState(), name + " did not activate");
    }

    private static org.osgi.framework.BundleContext context() {
        return FrameworkUtil.getBundle(SuiteActivationTest.class).getBundleContext();
    }
}
