package io.atflow.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Options;
import io.atflow.cli.sim.ModuleOptions;
import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportException;
import io.atflow.run.RunTarget;
import io.atflow.run.Targets;

/**
 * The options of {@code atflow run FILE [--port sim|<serial port>|tcp://host:port|socket://host:port|
 * rfc2217://host:port] [--baud N] [--data-bits 5-8]
 * [--parity none|odd|even|mark|space] [--stop-bits 1|1.5|2] [--flow-control none|rtscts|xonxoff]
 * [--profile NAME] [--state STATE]... [--fault SPEC]... [--transcript FILE] [--var k=v]...}; the simulator's
 * {@code --profile}, {@code --state} and {@code --fault} apply to {@code --port sim} only. Every mistake is a usage
 * error naming the option.
 */
public record RunOptions(Path script, RunTarget target, String port, Path transcript, Map<String, String> variables) {
    static final Set<String> VALUED = valued();

    private static Set<String> valued() {
        Set<String> names = new HashSet<>(Set.of("port", "baud", "data-bits", "parity", "stop-bits", "flow-control",
                "transcript", "var"));
        names.addAll(ModuleOptions.VALUED);
        return Set.copyOf(names);
    }
    private static final Map<String, Character> PARITIES = Map.of("none", 'N', "odd", 'O', "even", 'E', "mark", 'M',
            "space", 'S');

    public static RunOptions parse(List<String> args) throws CliException {
        Options o = Options.parse(args, VALUED, Set.of());
        if (o.positionals().size() != 1) {
            throw CliException.usage(o.positionals().isEmpty() ? "give the .atflow file to run"
                    : "give one .atflow file to run, not " + o.positionals().size());
        }
        Path script = Path.of(o.positionals().get(0));
        if (!Files.isRegularFile(script) || !Files.isReadable(script)) {
            throw CliException.usage(Files.exists(script) ? script + " is not a readable file"
                    : "no such file: " + script);
        }
        String port = o.get("port", "sim");
        RunTarget target;
        try {
            target = Targets.installed(RunOptions.class.getClassLoader()).parse(port, serial(o));
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw CliException.usage(m.contains("--port") ? m : m + " (--port)");
        }
        if (!(target instanceof RunTarget.Serial || target instanceof RunTarget.Rfc2217) && serialOptionGiven(o)) {
            throw CliException.usage("--baud, --data-bits, --parity, --stop-bits and --flow-control apply to serial "
                    + "and rfc2217:// ports only; --port is " + port);
        }
        if (simulated(target)) {
            target = ModuleOptions.apply(o, target);
        } else if (ModuleOptions.given(o)) {
            throw CliException.usage("--profile, --state and --fault set up the simulated module and apply to "
                    + "--port sim only; --port is " + port);
        }
        String transcript = o.get("transcript");
        return new RunOptions(script, target, port, transcript == null ? null : Path.of(transcript), o.variables());
    }

    /** Whether the run's target is the simulator (a contributed target, not one of the engine's transports). */
    public boolean simulated() {
        return simulated(target);
    }

    private static boolean simulated(RunTarget target) {
        return !(target instanceof RunTarget.Tcp || target instanceof RunTarget.Serial
                || target instanceof RunTarget.Rfc2217);
    }

    private static boolean serialOptionGiven(Options o) {
        return o.has("baud") || o.has("data-bits") || o.has("parity") || o.has("stop-bits") || o.has("flow-control");
    }

    /** Speed, frame and flow control from the options (for a serial port; the port name is set later). */
    private static SerialSettings serial(Options o) throws CliException {
        try {
            SerialSettings s = SerialSettings.of("serial");
            if (o.has("baud")) {
                s = s.withBaud(SerialSettings.baud(o.get("baud")));
            }
            String parity = o.get("parity", "none").toLowerCase(Locale.ROOT);
            Character letter = PARITIES.get(parity);
            if (letter == null) {
                throw CliException.usage("--parity " + o.get("parity") + " is not none, odd, even, mark or space");
            }
            String frame = o.get("data-bits", "8") + letter + o.get("stop-bits", "1");
            try {
                s = s.withFrame(frame);
            } catch (TransportException e) {
                throw CliException.usage("--data-bits " + o.get("data-bits", "8") + " / --stop-bits "
                        + o.get("stop-bits", "1") + ": data bits are 5 to 8, stop bits 1, 1.5 or 2");
            }
            if (o.has("flow-control")) {
                s = s.withFlowControl(FlowControl.parse(o.get("flow-control")));
            }
            return s;
        } catch (TransportException e) {
            throw CliException.usage(e.getMessage());
        }
    }

}
