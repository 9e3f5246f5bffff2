package io.atflow.platform.registration;

import java.time.Clock;
import java.util.function.Predicate;

import io.atflow.platform.registry.Device;
import io.atflow.platform.registry.Product;
import io.atflow.platform.registry.Registry;

/**
 * Dynamic registration with the ProductSecret, shared by MQTT ({@code register}, {@code regnwl}) and HTTPS. The
 * signature is checked against the product's secret first, then the product's and device's state; issuing a secret
 * or token is atomic in the registry and written to its file.
 */
public final class Registrations {
    private final Registry registry;
    private final TokenFactory tokens;
    private final Clock clock;

    public Registrations(Registry registry, TokenFactory tokens, Clock clock) {
        this.registry = registry;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Registers a pre-registered device: returns it with its DeviceSecret (issued now if it had none) and marks it
     * activated. {@code signedWith} tells whether the request is signed with a given ProductSecret.
     */
    public Device register(String productKey, String deviceName, Predicate<String> signedWith) {
        Product product = signedProduct(productKey, signedWith);
        if (!product.dynamicRegistration()) {
            throw new DeniedException(Denial.DYNAMIC_REGISTRATION_OFF, "product " + productKey
                    + " does not have dynamic registration enabled (dynamic-registration=yes in the registry)");
        }
        return registry.update(productKey, deviceName, current -> {
            String key = Device.key(productKey, deviceName);
            if (current == null) {
                throw new DeniedException(Denial.UNKNOWN_DEVICE, "device " + key
                        + " is not pre-registered; add it to the registry or use a registration-free product");
            }
            enabled(current);
            if (current.activated()) {
                throw new DeniedException(Denial.ALREADY_ACTIVATED, "device " + key
                        + " is already activated and cannot register again (set activated=no in the registry)");
            }
            Device withSecret = current.deviceSecret() == null ? current.withSecret(tokens.deviceSecret()) : current;
            return withSecret.withActivated(true);
        });
    }

    /** Registration-free registration: issues a new client id and DeviceToken, creating the device if needed. */
    public Device registerFree(String productKey, String deviceName, Predicate<String> signedWith) {
        Product product = signedProduct(productKey, signedWith);
        if (!product.dynamicRegistration()) {
            throw new DeniedException(Denial.DYNAMIC_REGISTRATION_OFF, "product " + productKey
                    + " does not have dynamic registration enabled (dynamic-registration=yes in the registry)");
        }
        if (!product.registrationFree()) {
            throw new DeniedException(Denial.REGISTRATION_FREE_OFF, "product " + productKey
                    + " does not allow registration-free devices (registration-free=yes in the registry)");
        }
        return registry.update(productKey, deviceName, current -> {
            Device device = current == null ? Device.fresh(productKey, deviceName) : current;
            enabled(device);
            return device.withToken(tokens.clientId(), tokens.deviceToken(clock.instant())).withActivated(true);
        });
    }

    /** The product, or a denial if it is unknown or the request is not signed with its ProductSecret. */
    public Product signedProduct(String productKey, Predicate<String> signedWith) {
        Product product = registry.product(productKey).orElseThrow(() -> new DeniedException(
                Denial.UNKNOWN_PRODUCT, "product " + productKey + " is not in the registry"));
        if (!signedWith.test(product.productSecret())) {
            throw new DeniedException(Denial.BAD_SIGNATURE, "the signature does not match product " + productKey
                    + "'s ProductSecret");
        }
        return product;
    }

    static void enabled(Device device) {
        if (!device.enabled()) {
            throw new DeniedException(Denial.DEVICE_DISABLED, "device " + device.key()
                    + " is disabled (enabled=no in the registry)");
        }
    }
}
