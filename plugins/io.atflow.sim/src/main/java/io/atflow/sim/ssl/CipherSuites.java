package io.atflow.sim.ssl;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * AT+QSSLCFG="ciphersuite" codes (the SSL Application Note's list, in the module's {@code 0XC02B} spelling) and their
 * IANA TLS cipher suite names (RFC 5246, 5289, 8422), which the JDK's TLS engine takes.
 */
public final class CipherSuites {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x0004, "TLS_RSA_WITH_RC4_128_MD5"),
            Map.entry(0x0005, "TLS_RSA_WITH_RC4_128_SHA"),
            Map.entry(0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA"),
            Map.entry(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256"),
            Map.entry(0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256"),
            Map.entry(0xC009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"),
            Map.entry(0xC00A, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
            Map.entry(0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0xC023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"),
            Map.entry(0xC024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384"),
            Map.entry(0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"),
            Map.entry(0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"),
            Map.entry(0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
            Map.entry(0xC02C, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
            Map.entry(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));

    private CipherSuites() {
    }

    /** The module's spelling of a code ({@code 0xc02b} → {@code 0XC02B}), or null when it is not one it knows. */
    public static String normalize(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.equals(SslSettings.ALL_SUITES)) {
            return upper;
        }
        if (!upper.matches("0X[0-9A-F]{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(upper.substring(2), 16);
        return NAMES.containsKey(value) ? String.format("0X%04X", value) : null;
    }

    /** The suites a context offers: null for all of them (the TLS engine's defaults). */
    public static List<String> offered(String normalized) {
        if (normalized.equals(SslSettings.ALL_SUITES)) {
            return null;
        }
        return List.of(NAMES.get(Integer.parseInt(normalized.substring(2), 16)));
    }
}
