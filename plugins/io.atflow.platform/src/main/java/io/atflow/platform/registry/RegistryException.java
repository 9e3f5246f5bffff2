package io.atflow.platform.registry;

/**
 * The registry file cannot be read, parsed or written. The message is one sentence, starting with {@code file:line:}
 * when a line is at fault.
 */
public final class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
