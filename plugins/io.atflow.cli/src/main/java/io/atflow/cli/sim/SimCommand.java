package io.atflow.cli.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.StopSignal;
import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformException;
import io.atflow.sim.ModuleConnection;
import io.atflow.sim.ModuleIdentity;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.net.HostTable;
import io.atflow.sim.platform.PlatformNetwork;
import io.atflow.sim.replay.LineReader;
import io.atflow.sim.replay.ModuleLog;
import io.atflow.sim.replay.ReplayReport;
import io.atflow.sim.replay.ReplayRunner;
import io.atflow.sim.replay.Replays;
import io.atflow.sim.serve.PtyBridge;
import io.atflow.sim.serve.TcpModuleServer;

/**
 * {@code atflow sim}: a simulated Quectel module on a TCP port or a pty, talking MQTT and HTTPS to the embedded
 * platform emulator (or MQTT to any broker), until Ctrl-C; or, with {@code --replay}, a log replayed against it.
 */
public final class SimCommand implements Command {
    private final StopSignal stop;

    public SimCommand() {
        this(StopSignal.onShutdown("atflow-sim-shutdown", Duration.ofSeconds(5)));
    }

    SimCommand(StopSignal stop) {
        this.stop = stop;
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public String synopsis() {
        return "sim [--tcp HOST:PORT | --pty PATH] [--broker embedded|tcp://host:port] " + ModuleOptions.synopsis()
                + " [--imei N] [--timing fast|realistic] [--replay LOG]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        SimOptions o = SimOptions.parse(args);
        try (PlatformNetwork platform = o.broker() == null ? PlatformNetwork.embedded() : null) {
            ModuleLog log = o.replay() == null ? null : Replays.load(o.replay());
            SimConfig config = o.module().withNetwork(platform != null ? platform.network()
                    : HostTable.broker(o.broker()));
            if (log != null) {
                config = log.setup().configure(config);
            }
            try (SimulatedModule module = SimulatedModule.start(config)) {
                return log != null ? replay(log, module, out) : serve(o, module, platform, out);
            }
        } catch (PlatformException e) {
            throw CliException.usage("the embedded platform did not start: " + e.getMessage());
        } catch (IOException e) {
            throw CliException.usage(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            stop.finished();
        }
    }

    private int serve(SimOptions o, SimulatedModule module, PlatformNetwork platform, PrintStream out)
            throws IOException, InterruptedException {
        String where;
        AutoCloseable line;
        if (o.pty() != null) {
            PtyBridge pty = PtyBridge.start(module, o.pty());
            line = pty;
            where = "pty " + pty.path();
        } else {
            TcpModuleServer server = TcpModuleServer.start(module, o.tcpHost(), o.tcpPort());
            line = server;
            where = "tcp://" + server.address().getHostString() + ":" + server.address().getPort();
        }
        try (AutoCloseable l = line) {
            SimConfig m = o.module();
            List<String> state = m.state().names();
            ModuleIdentity id = m.profile().identity();
            out.println("simulated " + id.model() + " (" + id.revision() + ", IMEI " + m.imei()
                    + (state.isEmpty() ? "" : ", state " + String.join(", ", state)) + ") on " + where);
            out.println(platform != null ? describe(platform.platform())
                    : "MQTT for *.aliyuncs.com goes to " + o.broker() + "; other hosts resolve with DNS");
            m.faults().forEach(f -> out.println("fault " + f.kind().cliName() + (f.value() == null ? "" : "="
                    + f.value()) + (f.at() == null ? " now" : " after " + f.at().toMillis() + " ms")));
            out.println("Ctrl-C stops");
            out.flush();
            stop.await();
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        return 0;
    }

    private static String describe(IotPlatform p) {
        return "platform emulator for *.aliyuncs.com: MQTT " + p.host() + ":" + p.mqttPort() + ", MQTT over TLS "
                + p.host() + ":" + p.mqttTlsPort() + ", HTTPS " + p.host() + ":" + p.httpsPort();
    }

    /** Replays {@code log} against {@code module}, which its header's profile, state and IMEI already set up. */
    private static int replay(ModuleLog log, SimulatedModule module, PrintStream out) throws IOException {
        try (ModuleConnection line = module.open(); LineReader reader = new LineReader(line.fromModule())) {
            ReplayReport report = ReplayRunner.defaults().run(log, line.toModule(), reader);
            out.println(report.summary());
            return report.passed() ? 0 : CliException.FAILED;
        }
    }
}
