package io.atflow.sim.fault;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.mqtt.MqttClients;

/**
 * Injects the faults real modules show, from tests or from the CLI's {@code --fault}. Each fault shows itself the
 * way a module does: a broken MQTT link as {@code +QMTSTAT: <idx>,1}, a reboot as {@code RDY} and the boot
 * URCs, lost registration as {@code +CEREG: 0,2} on read (and the +CEREG URC if enabled), a failing
 * {@code +QMTOPEN}, a dropped PDP context.
 */
public final class FaultControl {
    private final ModuleCore module;
    private final MqttClients mqtt;
    private final Radio radio;
    private final Runnable reboot;

    public FaultControl(ModuleCore module, MqttClients mqtt, Radio radio, Runnable reboot) {
        this.module = module;
        this.mqtt = mqtt;
        this.radio = radio;
        this.reboot = reboot;
    }

    /** The MQTT link of client {@code index} breaks. */
    public void dropLink(int index) {
        module.post(() -> mqtt.drop(index));
    }

    public void dropAllLinks() {
        module.post(mqtt::dropAll);
    }

    /** A power cycle without warning (no POWERED DOWN); it also powers up a module switched off by AT+QPOWD. */
    public void reboot() {
        reboot.run();
    }

    /** Random bytes precede a response with this probability (0 turns noise off). */
    public void noise(double probability) {
        module.shaping().noise(probability);
    }

    /** A pause after every chunk the module writes. */
    public void slow(Duration pause) {
        module.shaping().pause(pause);
    }

    /** Output cut into chunks of at most {@code bytes} (0: whole responses). */
    public void chunked(int bytes) {
        module.shaping().chunkSize(bytes);
    }

    /** Registration is lost (searching) until {@link #register()}. */
    public void deregister() {
        module.post(() -> radio.lose(Radio.SEARCHING));
    }

    /** Registration is lost for {@code duration}, then the module registers again. */
    public void deregister(Duration duration) {
        deregister();
        module.schedule(duration, radio::regain);
    }

    public void register() {
        module.post(radio::regain);
    }

    /** The current line shaping (noise, pause, chunk size). */
    public OutputShaping shaping() {
        return module.shaping();
    }

    /** A clean, fast line again (noise, slow, chunk off). */
    public void clearLine() {
        module.shaping().clear();
    }

    public void apply(FaultSpec spec) {
        String text = spec.kind().cliName();
        switch (spec.kind()) {
            case DROP_LINK -> {
                if (spec.value() == null) {
                    dropAllLinks();
                } else {
                    dropLink(Integer.parseInt(spec.value()));
                }
            }
            case REBOOT -> reboot();
            case NOISE -> noise(spec.probability(text));
            case SLOW -> slow(spec.pause(text));
            case CHUNK -> chunked(spec.chunkSize(text));
            case DEREGISTER -> {
                if (spec.value() == null) {
                    deregister();
                } else {
                    deregister(FaultSpec.duration(spec.value(), "duration"));
                }
            }
        }
    }

    /** Applies {@code spec} at its time (from now), or at once when it has none. */
    public ScheduledFuture<?> schedule(FaultSpec spec) {
        if (spec.at() == null) {
            apply(spec);
            return null;
        }
        return module.schedule(spec.at(), () -> apply(spec));
    }
}
