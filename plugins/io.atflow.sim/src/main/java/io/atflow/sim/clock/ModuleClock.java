package io.atflow.sim.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The module's real-time clock: it runs at the pace of {@code world} (the host's clock, or a test's) from wherever
 * it was last set, and keeps a time zone in quarter hours as AT+CCLK prints it. A module whose clock was never set
 * (no AT+CCLK, no AT+QNTP, no NITZ from the network: the simulated cell sends none) counts from
 * {@link #UNSET}, 1980-01-06 00:00:00, the GPS epoch Quectel modules show after power-up.
 */
public final class ModuleClock {
    public static final Instant UNSET = LocalDateTime.of(1980, 1, 6, 0, 0).toInstant(ZoneOffset.UTC);
    /** AT+CCLK's time zone range in quarter hours (Quectel: -48..+56). */
    public static final int MIN_QUARTERS = -48;
    public static final int MAX_QUARTERS = 56;

    private final Clock world;
    private Duration offset;
    private int quarters;
    private boolean set;

    public ModuleClock(Clock world) {
        this.world = world;
        this.offset = Duration.between(world.instant(), UNSET);
    }

    /** The module's idea of now (UTC). */
    public synchronized Instant now() {
        return world.instant().plus(offset);
    }

    public synchronized int zoneQuarters() {
        return quarters;
    }

    /** Whether the clock was set since power-up (AT+CCLK or AT+QNTP). */
    public synchronized boolean isSet() {
        return set;
    }

    /** Sets the clock to {@code utc} in the zone of {@code zoneQuarters} quarter hours east of UTC. */
    public synchronized void set(Instant utc, int zoneQuarters) {
        if (zoneQuarters < MIN_QUARTERS || zoneQuarters > MAX_QUARTERS) {
            throw new IllegalArgumentException("time zone " + zoneQuarters + " is outside " + MIN_QUARTERS + ".."
                    + MAX_QUARTERS + " quarter hours");
        }
        this.offset = Duration.between(world.instant(), utc);
        this.quarters = zoneQuarters;
        this.set = true;
    }

    /** The host's time: what an NTP server answers. */
    public Instant worldNow() {
        return world.instant();
    }

    /** The local time of the clock's zone. */
    public synchronized LocalDateTime local() {
        return LocalDateTime.ofInstant(now(), offsetOf(quarters));
    }

    static ZoneOffset offsetOf(int quarters) {
        return ZoneOffset.ofTotalSeconds(quarters * 15 * 60);
    }
}
