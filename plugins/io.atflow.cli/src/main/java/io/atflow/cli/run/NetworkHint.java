package io.atflow.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.atflow.run.OpenTarget;
import io.atflow.sim.platform.EmbeddedSim;

/**
 * The simulator's platform emulator starts when the module first reaches for an Aliyun host. A script whose own text
 * names a command that does (or an Aliyun host) gets it started at once, beside the script's loading, as before the
 * emulator started on demand; any other script (or one that reaches the network only through an include) starts it
 * on demand. Only a hint: the run is the same either way, only earlier or later.
 */
final class NetworkHint {
    /** Commands that reach the network through the module's Network (MQTT, HTTP(S), sockets, DNS, ping). */
    private static final List<String> NETWORK = List.of("AT+QMTOPEN", "AT+QHTTPURL", "AT+QIOPEN", "AT+QIDNSGIP",
            "AT+QPING", "ALIYUNCS.COM");

    private NetworkHint() {
    }

    /** Whether the script's own text names a command or host that needs the emulator. */
    static boolean needsNetwork(Path script) {
        try {
            String text = new String(Files.readAllBytes(script), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
            return NETWORK.stream().anyMatch(text::contains);
        } catch (IOException e) {
            return false; // the loader reports the file
        }
    }

    /**
     * Starts the emulator of a simulator target now; other targets are left alone. An emulator that fails to start
     * here is left to the module's first reach, which reports it as the module does.
     */
    static OpenTarget startEmulator(OpenTarget target) {
        try {
            target.adapter(EmbeddedSim.class).ifPresent(sim -> sim.platform().platform());
        } catch (RuntimeException e) {
            // reported where the script needs the emulator
        }
        return target;
    }
}
