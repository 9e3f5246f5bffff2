/**
 * TLS of the platform: the emulator's CA and server certificate ({@link io.atflow.platform.tls.TlsMaterial}) and
 * what clients need to trust them ({@link io.atflow.platform.tls.PlatformTrust}).
 */
package io.atflow.platform.tls;
