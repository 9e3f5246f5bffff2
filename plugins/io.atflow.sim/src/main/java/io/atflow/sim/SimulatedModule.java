package io.atflow.sim;

import java.io.InputStream;
import java.io.OutputStream;

import io.atflow.sim.card.SimCard;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.clock.ModuleClock;
import io.atflow.sim.file.FileStore;
import io.atflow.sim.ssl.ModuleTls;
import io.atflow.sim.ssl.SslContexts;
import io.atflow.sim.core.Attachment;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.fault.FaultControl;
import io.atflow.sim.http.HttpSession;
import io.atflow.sim.io.BytePipe;
import io.atflow.sim.mqtt.MqttClients;

/**
 * A simulated Quectel module: speaks the AT command set of the application note over bytes, with real MQTT and
 * HTTPS underneath. Many modules can run in one JVM; each has its own thread, settings and links.
 *
 * <pre>
 * try (SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withNetwork(network));
 *      ModuleConnection line = module.open()) {
 *     line.toModule().write("AT\r".getBytes());   // "AT\r\r\nOK\r\n" comes back (echo is on)
 * }
 * </pre>
 */
public final class SimulatedModule implements AutoCloseable {
    private final SimConfig config;
    private final ModuleCore core;
    private final MqttClients mqtt;
    private final FaultControl faults;
    private final Lifecycle lifecycle;

    private SimulatedModule(SimConfig config) {
        this.config = config;
        this.core = new ModuleCore(config.name());
        Timing timing = config.timing();
        ModuleProfile profile = config.profile();
        Radio radio = new Radio(core, config.ipv4(), config.ipv6(), profile.family().accessTechnology(),
                profile.family().contextType(), timing.registration(),
                config.state());
        SimCard sim = new SimCard(core, config.state(), profile.family().simReadyUrcs());
        sim.onReady(radio::simReady);
        FileStore files = new FileStore();
        ModuleClock clock = new ModuleClock(config.clock());
        SslContexts ssl = new SslContexts(core);
        this.mqtt = new MqttClients(core, radio, config.network(), timing.network(), config.clock(),
                profile.openReport(), new ModuleTls(ssl, files, clock));
        HttpSession http = new HttpSession(core, radio, config.network(), timing.network());
        this.lifecycle = new Lifecycle(core, profile, timing, sim, radio, config.state());
        this.faults = new FaultControl(core, mqtt, radio, lifecycle::powerCycle);
        StandardCommands.install(core, config, radio, mqtt, http, sim, lifecycle);
        StandardCommands.installTls(core, files, ssl, clock, radio, timing.network());
    }

    /**
     * Powers the module up (already booted: no RDY; the device state's timers, such as a busy SIM or a search,
     * start now) and schedules the configured faults.
     */
    public static SimulatedModule start(SimConfig config) {
        SimulatedModule module = new SimulatedModule(config);
        module.core.post(module.lifecycle::start);
        config.faults().forEach(module.faults::schedule);
        return module;
    }

    /** An in-process serial line to the module; a new line replaces the previous one, as one UART would. */
    public ModuleConnection open() {
        BytePipe toHost = new BytePipe();
        BytePipe toModule = new BytePipe();
        Attachment attachment = core.attach(toModule.input(), toHost.output());
        return new ModuleConnection(toHost, toModule, attachment);
    }

    /** Puts any byte stream pair on the module's serial line (a socket, a pty bridge). */
    public Attachment attach(InputStream fromHost, OutputStream toHost) {
        return core.attach(fromHost, toHost);
    }

    public FaultControl faults() {
        return faults;
    }

    public SimConfig config() {
        return config;
    }

    /** Test access to the MQTT clients' states. */
    public MqttClients mqtt() {
        return mqtt;
    }

    public boolean isClosed() {
        return core.isClosed();
    }

    @Override
    public void close() {
        core.close();
    }
}
