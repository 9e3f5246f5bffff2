package io.atflow.platform.auth;

import java.time.Duration;
import java.time.Instant;

import io.atflow.aliyun.ClientIdFrame;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.LoginVerifier;
import io.atflow.platform.registration.Denial;
import io.atflow.platform.registration.DeniedException;
import io.atflow.platform.registration.TokenFactory;
import io.atflow.platform.registry.Device;
import io.atflow.platform.registry.Product;
import io.atflow.platform.registry.Registry;

/**
 * {@code authType=connwl}: a registration-free device logs in with the client id and DeviceToken of its latest
 * {@code regnwl}; an earlier pair, a tampered token or an expired one is refused.
 */
final class TokenCheck {
    private TokenCheck() {
    }

    static ConnectVerdict login(Registry registry, ClientIdFrame frame, DeviceIdentity id, String password, Instant now,
            Duration lifetime) {
        String key = Device.key(id.productKey(), id.deviceName());
        Product product = registry.product(id.productKey()).orElseThrow(() -> new DeniedException(
                Denial.UNKNOWN_PRODUCT, "product " + id.productKey() + " is not in the registry"));
        Device device = registry.device(id.productKey(), id.deviceName())
                .filter(d -> d.deviceToken() != null)
                .orElseThrow(() -> new DeniedException(Denial.NO_TOKEN, "device " + key
                        + " has no DeviceToken; register it with authType=regnwl first"));
        if (!frame.clientId().equals(device.issuedClientId())) {
            throw new DeniedException(Denial.WRONG_CLIENT_ID, "client id " + frame.clientId()
                    + " is not the one the latest regnwl of " + key + " issued");
        }
        if (!LoginVerifier.token(device.deviceToken(), password)) {
            throw new DeniedException(Denial.BAD_TOKEN, "the password is not the DeviceToken the latest regnwl of "
                    + key + " issued (each regnwl issues a new one)");
        }
        if (TokenFactory.expired(device.deviceToken(), now, lifetime)) {
            throw new DeniedException(Denial.TOKEN_EXPIRED, "the DeviceToken of " + key
                    + " has expired; register again with authType=regnwl");
        }
        if (!product.registrationFree()) {
            throw new DeniedException(Denial.REGISTRATION_FREE_OFF, "product " + product.productKey()
                    + " does not allow registration-free devices (registration-free=yes in the registry)");
        }
        if (!device.enabled()) {
            throw new DeniedException(Denial.DEVICE_DISABLED, "device " + key
                    + " is disabled (enabled=no in the registry)");
        }
        return new ConnectVerdict.Accepted(device, frame.clientId(), "connwl token");
    }
}
