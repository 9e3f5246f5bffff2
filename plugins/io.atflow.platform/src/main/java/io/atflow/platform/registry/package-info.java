/**
 * The platform's products and devices: {@link io.atflow.platform.registry.Registry} (format, persistence, secret
 * references), {@link io.atflow.platform.registry.Product}, {@link io.atflow.platform.registry.Device}.
 */
package io.atflow.platform.registry;
