package io.atflow.sim.fault;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How the module's bytes reach the wire: whole, or cut into chunks with a pause after each (a slow or congested
 * UART), with or without random line noise between responses. Changed at run time by fault injection.
 */
public final class OutputShaping {
    private volatile int chunkSize;
    private volatile long pauseNanos;
    private volatile double noise;

    /** Largest write in bytes; 0 writes each response whole. */
    public int chunkSize() {
        return chunkSize;
    }

    public void chunkSize(int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("chunk size must not be negative");
        }
        this.chunkSize = bytes;
    }

    /** Pause after each chunk (or each whole write). */
    public Duration pause() {
        return Duration.ofNanos(pauseNanos);
    }

    public void pause(Duration pause) {
        this.pauseNanos = pause.toNanos();
    }

    /** Probability (0..1) that a burst of noise precedes a framed response. */
    public double noise() {
        return noise;
    }

    public void noise(double probability) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("noise probability must be between 0 and 1");
        }
        this.noise = probability;
    }

    /** A burst of 1-6 random bytes (never CR or LF, so line structure survives), or none. */
    public byte[] noiseBurst() {
        double p = noise;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (p <= 0 || random.nextDouble() >= p) {
            return new byte[0];
        }
        byte[] burst = new byte[1 + random.nextInt(6)];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = (byte) (0x80 + random.nextInt(0x7f));
        }
        return burst;
    }

    /** Everything back to a clean, fast line. */
    public void clear() {
        chunkSize = 0;
        pauseNanos = 0;
        noise = 0;
    }
}
