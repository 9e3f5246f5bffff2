package io.atflow.platform.registry;

/**
 * The registry a fresh platform starts with. It mirrors the Quectel application note: its products, device names and
 * the DeviceSecrets it shows. The note masks the ProductSecrets, so the emulator documents its own values here.
 */
final class DefaultRegistry {
    /** ProductSecret of i2uqc2dloOl (SmartKit, one device one secret). */
    static final String SMART_KIT_SECRET = "EmuKitSecret0001";
    /** ProductSecret of i2uqZnX9tZK (SmartMeter, dynamic registration of pre-registered devices). */
    static final String SMART_METER_SECRET = "EmuMeterSecret01";
    /** ProductSecret of i2uq9ORmOSM (SmartKits, registration-free devices). */
    static final String SMART_KITS_SECRET = "EmuKitsSecret001";
    /** ProductSecret of i2uqzmkZsLG (dynamic registration over HTTPS). */
    static final String HTTPS_KIT_SECRET = "EmuHttpsSecret01";

    static final String TEXT = """
            # ATFlow IoT platform emulator registry. One entry per line; lines starting with # are comments.
            #   product <ProductKey> secret=<ProductSecret> dynamic-registration=yes|no registration-free=yes|no
            #   device  <ProductKey>/<DeviceName> [secret=<DeviceSecret>] activated=yes|no [enabled=no]
            #           [client-id=<issued client id> token=<issued DeviceToken>]
            # The platform rewrites this file (keeping comments) when a registration issues a secret or a token.
            # Defaults mirror the Quectel application note; the note masks ProductSecrets, these are the emulator's.

            # One device, one secret (note 4.1): the SmartKit device of the first example.
            product i2uqc2dloOl secret=%s dynamic-registration=no registration-free=no
            device  i2uqc2dloOl/device001 secret=c4fa40df9c8078073d75a26be2bc8f58 activated=yes

            # One product, one secret, pre-registered device (note 4.2.1): MQTT register over TLS.
            product i2uqZnX9tZK secret=%s dynamic-registration=yes registration-free=no
            device  i2uqZnX9tZK/meter001 secret=d2a03b64a5e06b051f481136668133cf activated=no

            # One product, one secret, registration-free (note 4.2.2): devices appear when they regnwl.
            product i2uq9ORmOSM secret=%s dynamic-registration=yes registration-free=yes

            # Dynamic registration over HTTPS (note 4.3).
            product i2uqzmkZsLG secret=%s dynamic-registration=yes registration-free=no
            device  i2uqzmkZsLG/device001 secret=3c35df4417faf854be8e780536d84c23 activated=no
            """.formatted(SMART_KIT_SECRET, SMART_METER_SECRET, SMART_KITS_SECRET, HTTPS_KIT_SECRET);

    private DefaultRegistry() {
    }
}
