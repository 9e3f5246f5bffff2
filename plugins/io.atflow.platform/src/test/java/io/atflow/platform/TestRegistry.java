package io.atflow.platform;

import io.atflow.platform.registry.Registry;

/** A registry with a product or device for every case the tests need, besides the default (application note) ones. */
public final class TestRegistry {
    public static final String SECRET = "0123456789abcdef0123456789abcdef";
    public static final String PS_SECRET = "TestSecretProduct";
    public static final String PS_DYNAMIC = "TestDynamicProduct";
    public static final String PS_FREE = "TestFreeProduct";
    public static final String PS_NO_FREE = "TestNoFreeProduct";

    public static final String TEXT = """
            # one device, one secret
            product tSecret secret=%1$s dynamic-registration=no registration-free=no
            device  tSecret/dev-ok secret=%5$s activated=yes
            device  tSecret/dev-new secret=%5$s activated=no
            device  tSecret/dev-off secret=%5$s activated=yes enabled=no
            device  tSecret/no-secret activated=no
            # dynamic registration of pre-registered devices
            product tDynamic secret=%2$s dynamic-registration=yes registration-free=no
            device  tDynamic/meter-a activated=no
            device  tDynamic/meter-b activated=no
            device  tDynamic/meter-c secret=%5$s activated=no
            device  tDynamic/meter-done secret=%5$s activated=yes
            device  tDynamic/meter-off activated=no enabled=no
            # registration-free
            product tFree secret=%3$s dynamic-registration=yes registration-free=yes
            device  tFree/kit-off activated=no enabled=no
            # dynamic registration without registration-free
            product tNoFree secret=%4$s dynamic-registration=yes registration-free=no
            """.formatted(PS_SECRET, PS_DYNAMIC, PS_FREE, PS_NO_FREE, SECRET);

    private TestRegistry() {
    }

    /** The default registry followed by the test products, in memory. */
    public static Registry create() {
        return Registry.parse("test registry", Registry.defaults().text() + TEXT);
    }
}
