package io.atflow.platform.registry;

/**
 * A product of the registry: its ProductKey and ProductSecret, and whether dynamic registration (one product, one
 * secret) and registration-free devices ({@code regnwl}/{@code connwl}) are enabled.
 */
public record Product(String productKey, String productSecret, boolean dynamicRegistration,
        boolean registrationFree) {
}
