package io.atflow.platform;

/** Receives {@link PlatformEvent}s. Called on the platform's network threads: return quickly, never block. */
@FunctionalInterface
public interface PlatformListener {
    void onEvent(PlatformEvent event);
}
