package io.atflow.platform;

/** The listeners of the platform. */
public enum Endpoint {
    /** MQTT over plain TCP: {@code securemode=3}. */
    MQTT("mqtt"),
    /** MQTT over TLS: {@code securemode=2} and {@code -2}, and the only way to register over MQTT. */
    MQTT_TLS("mqtt-tls"),
    /** The HTTPS registration endpoint {@code /auth/register/device}. */
    HTTPS("https");

    private final String label;

    Endpoint(String label) {
        this.label = label;
    }

    /** Short lower-case name used in log lines. */
    public String label() {
        return label;
    }
}
