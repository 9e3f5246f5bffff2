package io.atflow.sim.run;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformListener;
import io.atflow.platform.registry.Device;
import io.atflow.platform.registry.Product;
import io.atflow.platform.registry.Registry;
import io.atflow.run.TargetSecrets;
import io.atflow.sim.platform.OnDemandPlatform;

/**
 * Secrets of the platform emulator: {@code secret("pk/dn")} is the DeviceSecret, {@code secret("pk")} the
 * ProductSecret, {@code secret("pk/dn/token")} the latest DeviceToken of its registry, so the examples run against
 * the simulator with no secret in any file. Watchers learn every value, also those a dynamic registration issues: the
 * platform reports a registration before it sends the reply, so the value is masked before the module prints it.
 * {@code secret("platform-ca")} is the emulator's CA certificate (PEM), for a script to upload with AT+QFUPL; it is
 * no secret, so watchers never learn it (against Aliyun the same name holds its root CA, from the usual stores).
 * Only that certificate starts an emulator that does not run yet; the registry is there before it starts.
 */
final class PlatformSecrets implements TargetSecrets, PlatformListener {
    /** The name under which a script finds the CA certificate of the platform it talks to. */
    static final String PLATFORM_CA = "platform-ca";
    private final OnDemandPlatform platform;
    private final CopyOnWriteArrayList<Consumer<String>> watchers = new CopyOnWriteArrayList<>();

    PlatformSecrets(OnDemandPlatform platform) {
        this.platform = platform;
        platform.whenStarted(p -> p.addListener(this));
    }

    @Override
    public Optional<String> resolve(String name, Path scriptDir) {
        if (name.equals(PLATFORM_CA)) {
            return Optional.of(platform.platform().trust().pem());
        }
        return platform.registry().secret(name);
    }

    @Override
    public String hint(String name) {
        return "the simulator's platform registry has no secret " + name
                + " (products are named ProductKey, devices ProductKey/DeviceName, the CA certificate " + PLATFORM_CA
                + ")";
    }

    @Override
    public void watch(Consumer<String> sink) {
        watchers.add(sink);
        Registry r = platform.registry();
        r.products().stream().map(Product::productSecret).forEach(v -> feed(sink, v));
        r.devices().forEach(d -> feed(sink, d));
    }

    @Override
    public void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.Registered reg) {
            String[] key = reg.device().split("/", 2);
            if (key.length == 2) {
                platform.registry().device(key[0], key[1]).ifPresent(d -> watchers.forEach(w -> feed(w, d)));
            }
        }
    }

    private static void feed(Consumer<String> sink, Device d) {
        feed(sink, d.deviceSecret());
        feed(sink, d.deviceToken());
    }

    private static void feed(Consumer<String> sink, String value) {
        if (value != null && !value.isBlank()) {
            sink.accept(value);
        }
    }

    @Override
    public void close() {
        platform.started().ifPresent(p -> p.removeListener(this));
        watchers.clear();
    }
}
