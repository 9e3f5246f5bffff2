package io.atflow.engine.transport;

/** Turns the errno values jSerialComm reports into one sentence that says what to do. */
final class SerialErrors {
    static final int ENOENT = 2;
    static final int EIO = 5;
    static final int ENXIO = 6;
    static final int EAGAIN = 11;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int ENODEV = 19;
    static final int ENOTTY = 25;

    private SerialErrors() {
    }

    static TransportException openFailed(String port, int errno) {
        String why = switch (errno) {
            case ENOENT, ENXIO, ENODEV -> "does not exist; available: " + SerialPorts.summary(SerialPorts.list());
            case EACCES -> "cannot be opened: permission denied (add your user to the dialout group and log in again)";
            case EBUSY, EAGAIN -> "is in use by another program (close it, e.g. ModemManager, minicom or screen)";
            case ENOTTY -> "is not a serial device";
            default -> "could not be opened (error " + errno + ")";
        };
        return new TransportException("serial port " + port + " " + why);
    }

    static TransportException vanished(String port, String operation, int errno) {
        return new TransportException("serial port " + port + " stopped working (" + operation + " failed with error "
                + errno + "); was the modem unplugged or reset?");
    }
}
