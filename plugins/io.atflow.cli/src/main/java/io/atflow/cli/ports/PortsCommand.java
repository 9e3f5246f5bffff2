package io.atflow.cli.ports;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;
import io.atflow.engine.transport.PortInfo;
import io.atflow.engine.transport.SerialPorts;

/** {@code atflow ports}: the serial ports of this machine with descriptions, one per line. */
public final class PortsCommand implements Command {
    /** Printed when the machine has no serial port. */
    public static final String NONE = "no serial ports found";

    private final Supplier<List<PortInfo>> ports;

    public PortsCommand() {
        this(SerialPorts::list);
    }

    /** @param ports where the ports come from (tests pass a fixed list) */
    public PortsCommand(Supplier<List<PortInfo>> ports) {
        this.ports = ports;
    }

    @Override
    public String name() {
        return "ports";
    }

    @Override
    public String synopsis() {
        return "ports                                 # serial ports with descriptions (for --port)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of(), Set.of());
        if (!o.positionals().isEmpty()) {
            throw CliException.usage("unexpected argument \"" + o.positionals().get(0) + "\"");
        }
        List<PortInfo> found = ports.get();
        if (found.isEmpty()) {
            out.println(NONE);
            return 0;
        }
        int width = found.stream().mapToInt(p -> p.systemName().length()).max().orElse(0);
        for (PortInfo p : found) {
            out.println(line(p, width));
        }
        return 0;
    }

    /** {@code /dev/ttyUSB2  Quectel EC25 AT port (2c7c:0125)}; the name alone when nothing more is known. */
    static String line(PortInfo p, int width) {
        String details = p.description() + (p.usbId().isEmpty() ? "" : (p.description().isEmpty() ? "" : " ")
                + "(" + p.usbId() + ")");
        return details.isEmpty() ? p.systemName()
                : String.format("%-" + width + "s  %s", p.systemName(), details);
    }
}
