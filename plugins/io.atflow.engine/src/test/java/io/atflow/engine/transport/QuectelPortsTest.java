package io.atflow.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuectelPortsTest {
    @TempDir
    Path sys;

    @Test
    void namesTheRoleOfEachUsbInterface() throws IOException {
        // /sys/class/tty/ttyUSB<n>/device is the usb-serial port below the interface directory (option driver)
        for (int i = 0; i < 4; i++) {
            Path iface = Files.createDirectories(sys.resolve("devices/usb1/1-1/1-1:1." + i));
            Files.writeString(iface.resolve("bInterfaceNumber"), String.format("%02x%n", i));
            Path port = Files.createDirectories(iface.resolve("ttyUSB" + i));
            Path tty = Files.createDirectories(sys.resolve("class/tty/ttyUSB" + i));
            Files.createSymbolicLink(tty.resolve("device"), port);
        }
        assertEquals(2, QuectelPorts.interfaceNumber(sys, "/dev/ttyUSB2"));
        assertEquals("Quectel EC25 AT port", QuectelPorts.describe(0x2C7C, 0x0125, 2, "EC25"));
        assertEquals("Quectel BG95 modem port", QuectelPorts.describe(0x2C7C, 0x0700, QuectelPorts.interfaceNumber(sys, "ttyUSB3"), ""));
        assertEquals("Quectel module NMEA port", QuectelPorts.describe(0x2C7C, 0x9999, 1, ""));
        assertEquals("FT232R USB UART", QuectelPorts.describe(0x0403, 0x6001, 0, "FT232R USB UART"));
        assertEquals(-1, QuectelPorts.interfaceNumber(sys, "/dev/ttyS0"));
    }

    @Test
    void labelsForPickersAndMessages() {
        PortInfo usb = new PortInfo("/dev/ttyUSB2", "Quectel EC25 AT port", "Quectel", "", 0x2C7C, 0x0125);
        PortInfo plain = new PortInfo("/dev/ttyS0", null, null, null, -1, -1);
        assertEquals("/dev/ttyUSB2 (Quectel EC25 AT port)", usb.label());
        assertEquals("2c7c:0125", usb.usbId());
        assertEquals("/dev/ttyS0", plain.label());
        assertEquals("", plain.usbId());
        assertEquals("/dev/ttyS0, /dev/ttyUSB2 (Quectel EC25 AT port)",
                SerialPorts.summary(java.util.List.of(plain, usb)));
        assertEquals("none", SerialPorts.summary(java.util.List.of()));
    }
}
