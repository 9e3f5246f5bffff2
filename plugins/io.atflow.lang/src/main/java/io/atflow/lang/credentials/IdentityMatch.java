package io.atflow.lang.credentials;

import java.util.Optional;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.model.StaticEvaluator;

/**
 * The declaration in scope that a user name {@code dn&pk} belongs to: a device with that ProductKey and DeviceName, or
 * else a product with that ProductKey (one product, one secret).
 */
public record IdentityMatch(String declaration, boolean product, DeviceIdentity identity, Expression secret) {

    public static final String DEVICE_SECRET = "deviceSecret";
    public static final String PRODUCT_SECRET = "productSecret";

    /** Splits {@code dn&pk}; empty when the user name does not have that shape. */
    public static Optional<DeviceIdentity> parseUsername(String username) {
        int amp = username.indexOf('&');
        if (amp <= 0 || amp != username.lastIndexOf('&') || amp == username.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DeviceIdentity(username.substring(amp + 1), username.substring(0, amp)));
        } catch (AliyunInputException e) {
            return Optional.empty();
        }
    }

    public static Optional<IdentityMatch> find(DeviceIdentity id, StaticEvaluator eval) {
        for (Device d : eval.index().devices().values()) {
            if (is(eval, d.getName(), "productKey", id.productKey()) && is(eval, d.getName(), "deviceName", id.deviceName())) {
                return Optional.of(new IdentityMatch(d.getName(), false, id, eval.fieldExpression(d.getName(), DEVICE_SECRET)));
            }
        }
        for (Product p : eval.index().products().values()) {
            if (is(eval, p.getName(), "productKey", id.productKey())) {
                return Optional.of(new IdentityMatch(p.getName(), true, id, eval.fieldExpression(p.getName(), PRODUCT_SECRET)));
            }
        }
        return Optional.empty();
    }

    /** Finds the device or product declaration with ProductKey {@code pk} (and DeviceName {@code dn} for devices). */
    public static Optional<IdentityMatch> find(String pk, String dn, StaticEvaluator eval) {
        try {
            return find(new DeviceIdentity(pk, dn), eval);
        } catch (AliyunInputException e) {
            return Optional.empty();
        }
    }

    private static boolean is(StaticEvaluator eval, String decl, String key, String expected) {
        Expression e = eval.fieldExpression(decl, key);
        return e != null && eval.value(e).map(expected::equals).orElse(false);
    }
}
