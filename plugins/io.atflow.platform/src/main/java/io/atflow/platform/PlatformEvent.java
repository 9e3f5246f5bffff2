package io.atflow.platform;

import java.time.Instant;
import java.util.Set;

import io.atflow.aliyun.TopicRights;
import io.atflow.aliyun.tsl.TslCodes;
import io.atflow.aliyun.tsl.TslViolation;

/**
 * Something the platform did, for logs and tests. {@link #describe()} is one human-readable line with secrets masked.
 * Devices are named {@code ProductKey/DeviceName}.
 */
public sealed interface PlatformEvent {
    Instant time();

    String describe();

    /** A device login was accepted and the connection handed to the broker. */
    record Connected(Instant time, Endpoint transport, String device, String clientId, String mode)
            implements PlatformEvent {
        @Override
        public String describe() {
            return "connect    " + device + " client " + clientId + " over " + transport.label() + " (" + mode + ")";
        }
    }

    /**
     * A login or registration was refused. {@code code} is the CONNACK return code for MQTT, the JSON {@code code}
     * of the reply for HTTPS; {@code who} is the client id (MQTT) or the device (HTTPS).
     */
    record Rejected(Instant time, Endpoint transport, String who, int code, String reason)
            implements PlatformEvent {
        @Override
        public String describe() {
            String answer = transport == Endpoint.HTTPS ? "code " + code
                    : "CONNACK " + code + " (" + ConnackCodes.describe(code) + ")";
            return "reject     " + who + " over " + transport.label() + ": " + answer + ": " + reason;
        }
    }

    /** A dynamic registration issued credentials; {@code issued} names them with secrets masked. */
    record Registered(Instant time, Endpoint transport, String device, String mode, String issued)
            implements PlatformEvent {
        @Override
        public String describe() {
            return "register   " + device + " over " + transport.label() + " (" + mode + "): " + issued;
        }
    }

    /** A device published a message the broker accepted. */
    record Published(Instant time, String device, String topic, int bytes) implements PlatformEvent {
        @Override
        public String describe() {
            return "publish    " + device + " " + topic + " (" + bytes + " bytes)";
        }
    }

    /**
     * A device tried to publish or subscribe outside its own topics, against its topic class's right, or in a way
     * Aliyun does not support ({@code action} "publish with QoS 2", "publish retained"); a publish also costs it its
     * connection.
     */
    record Refused(Instant time, String device, String action, String topic) implements PlatformEvent {
        @Override
        public String describe() {
            int slash = device.indexOf('/');
            Set<TopicRights.Right> rights = slash < 0 ? Set.of()
                    : TopicRights.of(device.substring(0, slash), device.substring(slash + 1), topic);
            String why = !action.equals("publish") && !action.equals("subscribe") ? "Aliyun does not support it"
                    : rights.isEmpty() ? "only /sys/" + device + "/... and /" + device + "/..."
                    : "its topic class allows " + TopicRights.describe(rights);
            return "refuse     " + device + " may not " + action + " " + topic + " (" + why + ")"
                    + (action.startsWith("publish") ? "; disconnected" : "");
        }
    }

    /**
     * A post the thing model check refused, as Aliyun's cloud log records it: the log {@code status}, its
     * {@code reason} and, where Aliyun's wording is known, the {@code ResultData} entry of the identifier (a
     * property the model does not define: status 6332, reason "tsl parse failed", "5092 - property not found").
     * The reply the device got carries its own {@code code} ({@link io.atflow.aliyun.tsl.TslCodes}).
     */
    record PostRefused(Instant time, String device, String topic, int status, String reason, String identifier,
            String result) implements PlatformEvent {
        public static PostRefused of(Instant time, String device, String topic, TslViolation v) {
            return new PostRefused(time, device, topic, v.code(), TslCodes.replyMessage(v), v.key(),
                    TslCodes.logResult(v));
        }

        @Override
        public String describe() {
            return "tsl        " + device + " " + topic + ": status " + status + " " + reason
                    + (result == null ? "" : " {\"" + identifier + "\":\"" + result + "\"}");
        }
    }

    /** A device connection ended. */
    record Disconnected(Instant time, Endpoint transport, String device, String clientId)
            implements PlatformEvent {
        @Override
        public String describe() {
            return "disconnect " + device + " client " + clientId + " over " + transport.label();
        }
    }

    /**
     * The connection to the upstream MQTT broker ended (or a reconnection failed for the first time): its devices
     * were disconnected and new logins get CONNACK 3 until it is {@link UpstreamRestored back}.
     */
    record UpstreamLost(Instant time, String upstream, String reason) implements PlatformEvent {
        @Override
        public String describe() {
            return "upstream   " + upstream + " lost (" + reason + "); devices relayed to it were disconnected,"
                    + " new logins get CONNACK 3 until it is back";
        }
    }

    /** The platform's service client is connected to the upstream broker again. */
    record UpstreamRestored(Instant time, String upstream) implements PlatformEvent {
        @Override
        public String describe() {
            return "upstream   " + upstream + " back; logins are relayed again";
        }
    }

    /**
     * A command of the broker failed and ended the thread that runs the commands of a share of the clients; a new
     * thread took over, so those clients are served again (the command that failed is lost).
     */
    record BrokerLoopRestarted(Instant time, String loop, String failure) implements PlatformEvent {
        @Override
        public String describe() {
            return "broker     " + loop + " failed on a command (" + failure + "); restarted, its clients are served"
                    + " again";
        }
    }
}
