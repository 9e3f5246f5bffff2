package io.atflow.sim.replay;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleProfile;

/**
 * Reads the settings of a log's header: lines {@code # @<key> <value>} before the first logged line.
 * {@code @profile} names the model, {@code @state} a device state (repeatable), {@code @imei} the module's IMEI,
 * {@code @volatile} a logged value that differs on every module (repeatable), {@code @open-end} (no value) says the
 * capture stops while the module may still talk; {@code @source} and {@code @model} document where the log comes
 * from. Any other key, or a value the simulator does not know, is an error naming the file and line.
 */
final class ReplaySetupParser {
    static final String MARK = "# @";
    private static final Set<String> DOCUMENTING = Set.of("source", "model", "firmware");

    private ReplaySetupParser() {
    }

    static ReplaySetup parse(String source, String text) throws IOException {
        ModuleProfile profile = null;
        List<String> states = new ArrayList<>();
        String imei = null;
        List<String> volatiles = new ArrayList<>();
        boolean openEnd = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith(MARK)) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            String rest = line.substring(MARK.length());
            int space = rest.indexOf(' ');
            String key = space < 0 ? rest : rest.substring(0, space);
            String value = space < 0 ? "" : rest.substring(space + 1).strip();
            try {
                switch (key) {
                    case "profile" -> profile = ModuleProfile.parse(value);
                    case "state" -> {
                        states.add(value);
                        DeviceState.parse(states);
                    }
                    case "imei" -> imei = imei(value);
                    case "volatile" -> volatiles.add(required(value, key));
                    case "open-end" -> openEnd = true;
                    default -> {
                        if (!DOCUMENTING.contains(key)) {
                            throw new IllegalArgumentException("unknown header setting @" + key + "; use @profile, "
                                    + "@state, @imei, @volatile, @open-end, @source, @model or @firmware");
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(where + e.getMessage());
            }
        }
        return new ReplaySetup(profile, states, imei, volatiles, openEnd);
    }

    private static String imei(String value) {
        if (!value.matches("[0-9]{15}")) {
            throw new IllegalArgumentException("@imei \"" + value + "\" must be 15 digits");
        }
        return value;
    }

    private static String required(String value, String key) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("@" + key + " needs the logged value that may differ");
        }
        return value;
    }
}
