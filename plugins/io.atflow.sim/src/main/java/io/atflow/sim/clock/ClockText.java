package io.atflow.sim.clock;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time formats of the clock commands: AT+CCLK's {@code yy/MM/dd,hh:mm:ss±zz} (3GPP TS 27.007 §8.15, zz in
 * quarter hours) and AT+QNTP's / AT+QLTS's four-digit-year {@code yyyy/MM/dd,hh:mm:ss±zz}.
 */
public final class ClockText {
    private static final Pattern CCLK = Pattern.compile(
            "(\\d{2})/(\\d{2})/(\\d{2}),(\\d{2}):(\\d{2}):(\\d{2})([+-])(\\d{1,2})");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yy/MM/dd,HH:mm:ss");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy/MM/dd,HH:mm:ss");

    private ClockText() {
    }

    /** A parsed AT+CCLK time: the instant and the zone. */
    public record Setting(Instant utc, int quarters) {
    }

    /** Parses {@code yy/MM/dd,hh:mm:ss±zz} (years 2000-2099); null when it is not a valid time. */
    public static Setting parseCclk(String text) {
        Matcher m = CCLK.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int quarters = Integer.parseInt(m.group(8)) * (m.group(7).equals("-") ? -1 : 1);
        if (quarters < ModuleClock.MIN_QUARTERS || quarters > ModuleClock.MAX_QUARTERS) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(2000 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            return new Setting(local.toInstant(ModuleClock.offsetOf(quarters)), quarters);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** AT+CCLK's form of the clock's local time. */
    public static String cclk(ModuleClock clock) {
        return SHORT.format(clock.local()) + zone(clock.zoneQuarters());
    }

    /** The four-digit-year form of {@code utc} in the zone of {@code quarters}. */
    public static String full(Instant utc, int quarters) {
        return LONG.format(LocalDateTime.ofInstant(utc, ModuleClock.offsetOf(quarters))) + zone(quarters);
    }

    private static String zone(int quarters) {
        return (quarters < 0 ? "-" : "+") + String.format("%02d", Math.abs(quarters));
    }
}
