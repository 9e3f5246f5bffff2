package io.atflow.launch.ui;

import java.util.List;

import io.atflow.engine.transport.PortInfo;

/**
 * The serial ports offered in the Main tab: shown as {@code /dev/ttyUSB2 — Quectel EC25 AT port}, stored by their
 * system name. Any other name may be typed.
 */
final class PortChoices {
    private static final String SEPARATOR = " \u2014 ";

    private PortChoices() {
    }

    static String label(PortInfo p) {
        return p.description().isEmpty() ? p.systemName() : p.systemName() + SEPARATOR + p.description();
    }

    static String[] labels(List<PortInfo> ports) {
        return ports.stream().map(PortChoices::label).toArray(String[]::new);
    }

    /** The system name behind a combo text: a label of a listed port, or what was typed. */
    static String systemName(String comboText, List<PortInfo> ports) {
        String t = comboText.strip();
        return ports.stream().filter(p -> label(p).equals(t)).map(PortInfo::systemName).findFirst().orElseGet(() -> {
            int sep = t.indexOf(SEPARATOR);
            return sep > 0 ? t.substring(0, sep).strip() : t;
        });
    }
}
