package io.atflow.engine.transport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of port strings: {@code host:port} of {@code tcp://}, {@code socket://} and {@code rfc2217://} (IPv6
 * hosts in brackets), serial names.
 */
final class SpecSyntax {
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_.-]+)(?::(.*))?");
    /** Serial device names: paths and plain names without spaces or shell metacharacters. */
    static final Pattern SERIAL_NAME = Pattern.compile("[A-Za-z0-9_./\\\\:+-]+");
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.-]+:[0-9]+");

    private SpecSyntax() {
    }

    /** A parsed {@code host:port}; IPv6 hosts without their brackets. */
    record HostPort(String host, int port) {
    }

    /** Reads {@code host:port} after {@code scheme} (already matched, any case) in {@code whole}. */
    static HostPort parseHostPort(String whole, String scheme) throws TransportException {
        String rest = whole.substring(scheme.length());
        String r = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        Matcher m = HOST_PORT.matcher(r);
        if (r.isEmpty() || !m.matches()) {
            throw new TransportException("\"" + whole + "\" is not " + scheme + "host:port, e.g. " + scheme
                    + "127.0.0.1:5000");
        }
        String host = m.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        if (m.group(2) == null) {
            throw new TransportException("\"" + whole + "\" needs a port number, e.g. " + scheme + m.group(1)
                    + ":5000");
        }
        int port;
        try {
            port = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new TransportException("port \"" + m.group(2) + "\" in \"" + whole + "\" is not a number from 1 to 65535");
        }
        return new HostPort(host, port);
    }

    /** {@code localhost:5000} — a TCP endpoint written without its scheme (but not a Windows {@code COM5:}). */
    static boolean looksLikeHostPort(String s) {
        return BARE.matcher(s).matches() && !s.regionMatches(true, 0, "COM", 0, 3);
    }
}
