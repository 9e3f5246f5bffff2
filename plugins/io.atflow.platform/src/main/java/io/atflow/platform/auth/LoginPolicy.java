package io.atflow.platform.auth;

import java.time.Clock;
import java.time.Duration;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.ClientIdFrame;
import io.atflow.aliyun.ClientIdRules;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.LoginVerifier;
import io.atflow.platform.ConnackCodes;
import io.atflow.platform.broker.DeviceTopics;
import io.atflow.platform.registration.DeniedException;
import io.atflow.platform.registration.Registrations;
import io.atflow.platform.registry.Device;
import io.atflow.platform.registry.Product;
import io.atflow.platform.registry.Registry;
import io.atflow.platform.registry.RegistryException;

/**
 * Decides every CONNECT the way Aliyun does: one device one secret (any sign method), {@code register},
 * {@code regnwl} and {@code connwl}. See {@link ConnackCodes} for which code answers which fault.
 */
public final class LoginPolicy {
    private final Registry registry;
    private final Registrations registrations;
    private final Clock clock;
    private final Duration tokenLifetime;

    public LoginPolicy(Registry registry, Registrations registrations, Clock clock, Duration tokenLifetime) {
        this.registry = registry;
        this.registrations = registrations;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    public ConnectVerdict decide(ConnectRequest request) {
        try {
            if (request.protocolLevel() != 3 && request.protocolLevel() != 4) {
                return new ConnectVerdict.Rejected(ConnackCodes.UNACCEPTABLE_PROTOCOL_VERSION, "MQTT protocol level "
                        + request.protocolLevel() + " is not supported; use MQTT 3.1.1 (AT+QMTCFG=\"version\",0,4)");
            }
            ClientIdRules.Check login = FrameRules.check(request.clientIdentifier(), request.transport());
            DeviceIdentity identity = identity(request.username());
            if (request.password() == null || request.password().isEmpty()) {
                throw Rejection.credentials("the CONNECT carries no password");
            }
            ConnectVerdict verdict = login.authType() == null
                    ? deviceSecret(login.frame(), identity, request.password())
                    : switch (login.authType()) {
                        case REGISTER -> register(login.frame(), identity, request.password());
                        case REGNWL -> registerFree(login.frame(), identity, request.password());
                        case CONNWL -> TokenCheck.login(registry, login.frame(), identity, request.password(),
                                clock.instant(), tokenLifetime);
                    };
            if (!(verdict instanceof ConnectVerdict.Accepted accepted)) {
                return verdict;
            }
            willTopic(identity, request.willTopic());
            return activated(accepted);
        } catch (Rejection e) {
            return new ConnectVerdict.Rejected(e.code, e.getMessage());
        } catch (DeniedException e) {
            return new ConnectVerdict.Rejected(e.denial().connackCode(), e.getMessage());
        } catch (RegistryException e) {
            return new ConnectVerdict.Rejected(ConnackCodes.SERVER_UNAVAILABLE, e.getMessage());
        }
    }

    private ConnectVerdict deviceSecret(ClientIdFrame frame, DeviceIdentity id, String password) {
        product(id);
        Device device = registry.device(id.productKey(), id.deviceName()).orElseThrow(() -> Rejection.credentials(
                "device " + Device.key(id.productKey(), id.deviceName()) + " is not in the registry"));
        if (device.deviceSecret() == null) {
            throw Rejection.credentials("device " + device.key() + " has no DeviceSecret yet; register it first");
        }
        if (!LoginVerifier.deviceSecret(frame, id, device.deviceSecret(), password)) {
            throw Rejection.credentials("the password is not the " + frame.param("signmethod") + " signature of "
                    + device.key() + "'s DeviceSecret over clientId, deviceName, productKey"
                    + (frame.param("timestamp") == null ? "" : " and timestamp"));
        }
        if (!device.enabled()) {
            throw Rejection.notAuthorized("device " + device.key() + " is disabled (enabled=no in the registry)");
        }
        return new ConnectVerdict.Accepted(device, frame.clientId(), "device secret, " + frame.param("signmethod"));
    }

    private ConnectVerdict register(ClientIdFrame frame, DeviceIdentity id, String password) {
        Device device = registrations.register(id.productKey(), id.deviceName(),
                secret -> LoginVerifier.productSecret(frame, id, secret, password));
        return new ConnectVerdict.Registered(device, RegistrationPayloads.REGISTER_TOPIC,
                RegistrationPayloads.register(device), "register");
    }

    private ConnectVerdict registerFree(ClientIdFrame frame, DeviceIdentity id, String password) {
        Device device = registrations.registerFree(id.productKey(), id.deviceName(),
                secret -> LoginVerifier.productSecret(frame, id, secret, password));
        return new ConnectVerdict.Registered(device, RegistrationPayloads.REGNWL_TOPIC,
                RegistrationPayloads.registerFree(device), "regnwl");
    }

    /** A will is a publish like any other: only to the device's own topics. */
    private static void willTopic(DeviceIdentity id, String willTopic) {
        if (willTopic != null && !DeviceTopics.owns(id.username(), willTopic)) {
            throw Rejection.notAuthorized("the will topic " + willTopic + " is not one of " + id.productKey() + "/"
                    + id.deviceName() + "'s own topics");
        }
    }

    /** The first successful login activates a device, as on Aliyun. */
    private ConnectVerdict activated(ConnectVerdict.Accepted a) {
        if (a.device().activated()) {
            return a;
        }
        Device device = registry.update(a.device().productKey(), a.device().deviceName(),
                d -> d.withActivated(true));
        return new ConnectVerdict.Accepted(device, a.clientId(), a.mode());
    }

    private Product product(DeviceIdentity id) {
        return registry.product(id.productKey()).orElseThrow(() -> Rejection.credentials("product "
                + id.productKey() + " is not in the registry"));
    }

    /** {@code deviceName&productKey}; anything else is a bad user name (CONNACK 4). */
    static DeviceIdentity identity(String username) {
        if (username == null || username.isEmpty()) {
            throw Rejection.credentials("the CONNECT carries no user name; Aliyun expects deviceName&productKey");
        }
        int amp = username.indexOf('&');
        if (amp <= 0 || amp == username.length() - 1) {
            throw Rejection.credentials("user name \"" + username + "\" is not of the form deviceName&productKey");
        }
        try {
            return new DeviceIdentity(username.substring(amp + 1), username.substring(0, amp));
        } catch (AliyunInputException e) {
            throw Rejection.credentials("user name \"" + username + "\": " + e.getMessage());
        }
    }
}
