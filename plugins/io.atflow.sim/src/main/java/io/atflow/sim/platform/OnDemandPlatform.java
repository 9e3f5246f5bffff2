package io.atflow.sim.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformConfig;
import io.atflow.platform.registry.Registry;

/**
 * The platform emulator of {@code --port sim}, started when the module first needs it (an Aliyun host name in
 * AT+QMTOPEN, AT+QHTTPURL, AT+QIOPEN, a DNS look-up) or when someone asks for it, not before: a script that never
 * leaves the module starts no listener, broker or TLS material. Its registry exists from the start, so secrets
 * resolve and are masked either way. Closing stops the emulator if it was started.
 */
public final class OnDemandPlatform implements AutoCloseable {
    private final PlatformConfig config;
    private final Registry registry;
    private final List<Consumer<IotPlatform>> onStart = new ArrayList<>();
    private IotPlatform platform;
    private boolean closed;

    public OnDemandPlatform(PlatformConfig config) {
        this.registry = config.registry() != null ? config.registry() : Registry.defaults();
        this.config = config.withRegistry(registry);
    }

    /** The registry the emulator uses once started; available before. */
    public Registry registry() {
        return registry;
    }

    /** The emulator if it was started (it may have been closed since), without starting it. */
    public synchronized Optional<IotPlatform> started() {
        return Optional.ofNullable(platform);
    }

    /** The running emulator, started now if it was not (then each {@link #whenStarted} action runs first). */
    public synchronized IotPlatform platform() {
        if (closed) {
            throw new IllegalStateException("the simulator's platform emulator was stopped");
        }
        if (platform == null) {
            IotPlatform started = IotPlatform.start(config);
            platform = started;
            onStart.forEach(action -> action.accept(started));
            onStart.clear();
        }
        return platform;
    }

    /** Runs {@code action} with the emulator once it runs: now if it does, else when it starts. */
    public synchronized void whenStarted(Consumer<IotPlatform> action) {
        if (platform != null) {
            action.accept(platform);
        } else {
            onStart.add(action);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        onStart.clear();
        if (platform != null) {
            platform.close();
        }
    }
}
