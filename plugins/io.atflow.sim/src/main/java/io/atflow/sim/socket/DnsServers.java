package io.atflow.sim.socket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DNS servers AT+QIDNSCFG shows per PDP context. A context starts with the name servers of the computer the
 * simulator runs on ({@code /etc/resolv.conf}, IPv4 only; {@code 0.0.0.0} where there is none), because those are
 * the servers that really resolve the module's host names. Servers set with AT+QIDNSCFG are shown but names still
 * resolve through the computer's resolver. Module thread only; forgotten on reboot, as the module does.
 */
final class DnsServers {
    static final String NONE = "0.0.0.0";
    private static final Path RESOLV_CONF = Path.of("/etc/resolv.conf");
    private final List<String> system;
    private final Map<Integer, String[]> set = new HashMap<>();

    DnsServers() {
        this.system = systemServers(RESOLV_CONF);
    }

    /** {@code [primary, secondary]} of a context. */
    String[] get(int contextId) {
        return set.getOrDefault(contextId, new String[] { system.size() > 0 ? system.get(0) : NONE,
                system.size() > 1 ? system.get(1) : NONE }).clone();
    }

    void set(int contextId, String primary, String secondary) {
        String[] current = get(contextId);
        set.put(contextId, new String[] { primary != null ? primary : current[0],
                secondary != null ? secondary : current[1] });
    }

    void reset() {
        set.clear();
    }

    static List<String> systemServers(Path resolvConf) {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(resolvConf)) {
                String[] words = line.strip().split("\\s+");
                if (words.length >= 2 && words[0].equals("nameserver") && isIpv4(words[1])) {
                    out.add(words[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no resolver configuration on this computer
        }
        return out;
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
