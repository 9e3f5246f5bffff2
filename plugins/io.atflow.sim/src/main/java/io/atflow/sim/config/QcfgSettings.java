package io.atflow.sim.config;

import static io.atflow.sim.config.ValueRule.hexMask;
import static io.atflow.sim.config.ValueRule.oneOf;
import static io.atflow.sim.config.ValueRule.range;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.atflow.sim.ModuleProfile;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.KeyedSettings;
import io.atflow.sim.core.KeyedSettings.Index;

/**
 * {@code AT+QCFG="<setting>"[,<values>]} reads or changes a setting, {@code AT+QCFG=?} lists the ranges; a setting
 * the simulator does not keep answers ERROR. The settings it keeps, per module family, with the ranges of
 * {@code AT+QCFG=?} on real modules (EC2x: an EG25-G, EG25GGBR07A08M2G; BG9x: a BG95-M3, BG95M3LAR02A03) and the read
 * formats and defaults of the QCFG manuals: "urc/ri/ring" "pulse",120,1000,5000,"off",1 (EC25&EC21 AT Commands
 * Manual §4.3.13), "urc/delay" 0, "nwscanmode" 0 (automatic), "iotopmode" 2 (eMTC and NB-IoT), "nwscanseq" 020301.
 * "band" starts with the masks such a module reads: the EG25-G's 0xbff,0x1e00b0e18df,0x0, the BG95-M3's
 * 0xf,0x100002000000000f0e189f, 0x100042000000000000081a (github.com/lukejenkins/cwd,
 * reference/quectel/bg95m3/outputs). "apready" starts disabled, level 0, 500 ms (an assumption: no manual at hand
 * gives the default).
 */
public final class QcfgSettings {
    private QcfgSettings() {
    }

    public static CommandHandler command(ModuleProfile profile) {
        Map<String, QcfgSetting> settings = of(profile);
        KeyedSettings<Map<String, QcfgSetting>> qcfg = new KeyedSettings<>("+QCFG", Index.none(() -> settings));
        settings.values().forEach(s -> qcfg.key(s.name, s.ranges, m -> s.values(), (a, m) -> s.write(a)));
        return qcfg;
    }

    /** LPWA families (profile ids starting with bg: BG95, BG96, BG77, ...) get the BG95 set, others the EC2x set. */
    static Map<String, QcfgSetting> of(ModuleProfile profile) {
        boolean lpwa = profile.id().startsWith("bg");
        Map<String, QcfgSetting> m = new LinkedHashMap<>();
        if (profile == ModuleProfile.BG770A) {
            bg770a(m);
        } else if (lpwa) {
            put(m, new QcfgSetting("nwscanmode", "(0,1,3),(0,1)", List.of(oneOf(false, "0", "1", "3")), true,
                    List.of("0")));
            put(m, new QcfgSetting("nwscanseq", "(00-010203),(0,1)", List.of(ValueRule.scanSequence(3)), true,
                    List.of("020301")));
            put(m, new QcfgSetting("band", "(0-F),(0-0x100002000000000F0E189F),(0-0x10004200000000090E189F),(0,1)",
                    List.of(hexMask(), hexMask(), hexMask()), true,
                    List.of("0xf", "0x100002000000000f0e189f", "0x100042000000000000081a")));
            put(m, new QcfgSetting("iotopmode", "(0-2),(0,1)", List.of(range(0, 2)), true, List.of("2")));
        } else {
            put(m, new QcfgSetting("nwscanmode", "(0-8),(0,1)", List.of(range(0, 8)), true, List.of("0")));
            put(m, new QcfgSetting("band", "(0-200),(0-7FFFFFFFFFFFFFFF),(0-7FFFFFFFFFFFFFFF),(0,1)",
                    List.of(hexMask(), hexMask(), hexMask()), true, List.of("0xbff", "0x1e00b0e18df", "0x0")));
        }
        put(m, new QcfgSetting("urc/ri/ring",
                "(\"off\",\"pulse\",\"always\",\"auto\",\"wave\"),(1-2000),(1-10000),(1-10000),(\"off\",\"on\"),(1-5)",
                List.of(oneOf(true, "off", "pulse", "always", "auto", "wave"), range(1, 2000), range(1, 10000),
                        range(1, 10000), oneOf(true, "off", "on"), range(1, 5)),
                false, List.of("\"pulse\"", "120", "1000", "5000", "\"off\"", "1")));
        put(m, new QcfgSetting("urc/delay", "(0,1)", List.of(range(0, 1)), false, List.of("0")));
        put(m, new QcfgSetting("apready", "(0,1),(0,1),(100-3000)", List.of(range(0, 1), range(0, 1), range(100, 3000)),
                false, List.of("0", "0", "500")));
        return m;
    }

    /**
     * The BG770A-GL's own ranges and defaults, read from one (w1ne/labwired-core at_harvest.log, BG770AGLAAR01A05):
     * {@code AT+QCFG=?} and the values a fresh module reads ("band" 0x0,0x2000000000f0e189f,0x200000000090f189f,
     * "iotopmode" 2, "nwscanseq" 0203, "nwscanmode" 3).
     */
    private static void bg770a(Map<String, QcfgSetting> m) {
        put(m, new QcfgSetting("nwscanmode", "(0,3),(0,1)", List.of(oneOf(false, "0", "3")), true, List.of("3")));
        put(m, new QcfgSetting("nwscanseq", "(00,02,03,0203,0302),(0,1)",
                List.of(oneOf(false, "00", "02", "03", "0203", "0302")), true, List.of("0203")));
        put(m, new QcfgSetting("band", "(0),(0-0x2000000000f0e189f),(0-200000000090f189f),(0,1)",
                List.of(hexMask(), hexMask(), hexMask()), true,
                List.of("0x0", "0x2000000000f0e189f", "0x200000000090f189f")));
        put(m, new QcfgSetting("iotopmode", "(0-2),(0,1)", List.of(range(0, 2)), true, List.of("2")));
    }

    private static void put(Map<String, QcfgSetting> m, QcfgSetting s) {
        m.put(s.name, s);
    }
}
