package io.atflow.platform.broker;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.moquette.interception.messages.InterceptConnectMessage;

/**
 * Tells the gateway when the broker has completed a client's connection. Moquette writes the CONNACK from its session
 * thread and marks the connection connected only once that write is done, on the channel's thread; a SUBSCRIBE read
 * in between is taken for one on a closed connection and the connection is dropped (seen under load: CONNACK, then the
 * link closes). Moquette reports the connection to its interceptors after marking it, so a client's packets that
 * follow its CONNECT are passed on from that report on.
 */
public final class ConnectedSessions extends PlatformInterceptor {
    private final ConcurrentMap<String, Runnable> waiting = new ConcurrentHashMap<>();

    public ConnectedSessions() {
        super("atflow-connected-sessions", InterceptConnectMessage.class);
    }

    /** Runs {@code then} (on the broker's interceptor thread) once the broker has connected {@code clientId}. */
    public void onceConnected(String clientId, Runnable then) {
        waiting.put(clientId, then);
    }

    /** Drops what waits for {@code clientId}, whose connection ended. */
    public void forget(String clientId, Runnable then) {
        waiting.remove(clientId, then);
    }

    @Override
    public void onConnect(InterceptConnectMessage msg) {
        Runnable then = waiting.remove(msg.getClientID());
        if (then != null) {
            then.run();
        }
    }
}
