package io.atflow.platform.broker;

import io.moquette.interception.AbstractInterceptHandler;

/**
 * An interceptor of the embedded broker, named {@code id}, that sees the broker's messages of {@code types} only. A
 * failed session loop is not its business: {@link SessionLoops} starts a new loop and reports the failure.
 */
abstract class PlatformInterceptor extends AbstractInterceptHandler {
    private final String id;
    private final Class<?>[] types;

    PlatformInterceptor(String id, Class<?>... types) {
        this.id = id;
        this.types = types;
    }

    @Override
    public final String getID() {
        return id;
    }

    @Override
    public final Class<?>[] getInterceptedMessageTypes() {
        return types.clone();
    }

    @Override
    public final void onSessionLoopError(Throwable error) {
        // SessionLoops starts a new loop and reports the failure
    }
}
