package io.atflow.engine.transport;

/**
 * One serial port found on this machine.
 *
 * @param systemName   what to pass as {@code --port}, e.g. {@code /dev/ttyUSB2} or {@code COM5}
 * @param description  a human description, e.g. {@code Quectel EC25 AT port}; never null, may be empty
 * @param manufacturer USB manufacturer string or empty
 * @param serialNumber USB serial number or empty
 * @param vendorId     USB vendor id, or -1 when unknown
 * @param productId    USB product id, or -1 when unknown
 */
public record PortInfo(String systemName, String description, String manufacturer, String serialNumber,
        int vendorId, int productId) {

    public PortInfo {
        description = description == null ? "" : description.strip();
        manufacturer = manufacturer == null ? "" : manufacturer.strip();
        serialNumber = serialNumber == null ? "" : serialNumber.strip();
    }

    /** {@code /dev/ttyUSB2 (Quectel EC25 AT port)}, or just the name without a description. */
    public String label() {
        return description.isEmpty() ? systemName : systemName + " (" + description + ")";
    }

    /** {@code 2c7c:0125}, or empty when the port is not a USB device. */
    public String usbId() {
        return vendorId < 0 || productId < 0 ? "" : String.format("%04x:%04x", vendorId, productId);
    }
}
