package io.atflow.engine.urc;

/**
 * A handler registered on the {@link UrcBus}. While paused, matching URCs are held (up to
 * {@link UrcBus#HELD_LIMIT}, the oldest are dropped beyond) and delivered in order on {@link #resume()}.
 */
public interface Subscription {
    void pause();

    void resume();

    /** Stops delivery for good; held URCs are dropped. */
    void cancel();

    boolean isPaused();

    boolean isCancelled();
}
