package io.atflow.cli.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.atflow.cli.CliException;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportSpec;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.run.RunTarget;
import io.atflow.sim.run.SimTarget;
import io.atflow.run.Targets;
import io.atflow.sim.ModuleProfile;

/**
 * Checks the modules of a pool and turns them into run targets: {@code --ports P1,P2,...} entries and lab file
 * entries alike. A port is whatever {@code atflow run --port} takes; a profile is one the language's
 * {@code profile} statement takes.
 */
final class ModuleSpecs {
    private static final Targets TARGETS = Targets.installed(ModuleSpecs.class.getClassLoader());

    private ModuleSpecs() {
    }

    /** The modules of {@code --ports sim,/dev/ttyUSB2,...}, named by their port ({@code sim-1}, {@code sim-2} when repeated). */
    static List<LabModule> ports(String list) throws CliException {
        List<String> ports = new ArrayList<>();
        for (String p : list.split(",", -1)) {
            if (p.isBlank()) {
                throw CliException.usage("--ports " + list + " has an empty entry; write --ports sim,/dev/ttyUSB2");
            }
            ports.add(p.trim());
        }
        List<LabModule> out = new ArrayList<>();
        for (String p : ports) {
            String port = normalise(p);
            long same = ports.stream().map(ModuleSpecs::normalise).filter(port::equals).count();
            String name = same == 1 ? port : port + "-" + (Collections.frequency(
                    out.stream().map(LabModule::port).toList(), port) + 1);
            out.add(check(new LabModule(name, port, null, null, List.of()), "--ports " + list));
        }
        return out;
    }

    /** {@code m} with {@code sim} spelled in lower case, or a usage error starting with {@code where}. */
    static LabModule check(LabModule m, String where) throws CliException {
        String port = normalise(m.port());
        RunTarget target;
        try {
            target = TARGETS.parse(port, null);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(where + ": " + e.getMessage());
        }
        if (m.baud() != null && !(target instanceof RunTarget.Serial || target instanceof RunTarget.Rfc2217)) {
            throw CliException.usage(where + ": baud applies to serial and rfc2217:// ports only; " + m.name()
                    + " is " + port);
        }
        if (m.baud() != null && m.baud() <= 0) {
            throw CliException.usage(where + ": baud must be a positive number such as 115200");
        }
        if (m.profile() != null) {
            profileOf(m, where);
        }
        return new LabModule(m.name(), port, m.baud(), m.profile() == null ? null
                : m.profile().toLowerCase(Locale.ROOT).replace("-", ""), m.tags());
    }

    /** Where {@code script} runs on {@code m}: a simulated module of its profile, or the module's port. */
    static RunTarget target(LabModule m, String scriptProfile) {
        if (m.simulated()) {
            SimTarget sim = SimTarget.standard();
            String profile = m.profile() != null ? m.profile() : scriptProfile;
            return profile == null ? sim : new SimTarget(sim.config().withProfile(ModuleProfile.parse(profile)));
        }
        SerialSettings serial = SerialSettings.of("serial");
        if (m.baud() != null) {
            serial = serial.withBaud(m.baud());
        }
        return TARGETS.parse(m.port(), serial);
    }

    private static String normalise(String port) {
        return port.equalsIgnoreCase(TransportSpec.SIM) ? TransportSpec.SIM : port;
    }

    private static void profileOf(LabModule m, String where) throws CliException {
        String id = m.profile().toLowerCase(Locale.ROOT).replace("-", "");
        List<String> known = AtCatalog.standard().profiles().stream().map(p -> p.id()).toList();
        if (!known.contains(id)) {
            throw CliException.usage(where + ": profile \"" + m.profile() + "\" of " + m.name()
                    + " is not one the language knows; use one of " + String.join(", ", known));
        }
        if (m.simulated()) {
            try {
                ModuleProfile.parse(id);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(where + ": " + e.getMessage());
            }
        }
    }
}
