package io.atflow.platform.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry's line format: what it accepts, and one file:line sentence for everything it does not. */
class RegistryParserTest {

    @Test
    void defaultRegistryMirrorsTheApplicationNote() {
        Registry r = Registry.defaults();
        Device kit = r.device("i2uqc2dloOl", "device001").orElseThrow();
        assertEquals("c4fa40df9c8078073d75a26be2bc8f58", kit.deviceSecret());
        assertTrue(kit.activated());
        Device meter = r.device("i2uqZnX9tZK", "meter001").orElseThrow();
        assertFalse(meter.activated());
        assertTrue(r.product("i2uqZnX9tZK").orElseThrow().dynamicRegistration());
        assertFalse(r.product("i2uqZnX9tZK").orElseThrow().registrationFree());
        Product kits = r.product("i2uq9ORmOSM").orElseThrow();
        assertTrue(kits.dynamicRegistration() && kits.registrationFree());
        assertTrue(r.device("i2uq9ORmOSM", "Kit001").isEmpty());
        assertFalse(r.device("i2uqzmkZsLG", "device001").orElseThrow().activated());
        assertFalse(r.product("i2uqc2dloOl").orElseThrow().dynamicRegistration());
    }

    @Test
    void renderingKeepsCommentsAndLayout() {
        String text = Registry.defaults().text();
        assertEquals(DefaultRegistry.TEXT, text);
    }

    @Test
    void flagsDefaultToOffAndDevicesToEnabled() {
        Registry r = Registry.parse("r", "product p1 secret=s\ndevice p1/abcd\n");
        Product p = r.product("p1").orElseThrow();
        assertFalse(p.dynamicRegistration() || p.registrationFree());
        Device d = r.device("p1", "abcd").orElseThrow();
        assertTrue(d.enabled());
        assertFalse(d.activated());
        assertEquals(null, d.deviceSecret());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "product p1 secret=s\\nthing x => r:2: unknown entry \"thing\"; a line starts with product, device or #",
        "product => r:1: product needs a ProductKey after the word product",
        "product p1 => r:1: product p1 needs secret=<ProductSecret>",
        "product p1 secret=s\\nproduct p1 secret=t => r:2: product p1 is already defined at line 1",
        "product p1 secret=s dynamic-registration=maybe => r:1: dynamic-registration must be yes or no, not \"maybe\"",
        "product p1 secret=s colour=red => r:1: unknown product attribute \"colour\"; use dynamic-registration,"
            + " registration-free, secret",
        "product p1 secret=s secret=t => r:1: attribute \"secret\" is given twice",
        "product p1 secret=s yes => r:1: \"yes\" is not of the form name=value",
        "product p/1 secret=s => r:1: product key \"p/1\" must not contain '/'",
        "device p1/abcd => r:1: device p1/abcd belongs to product p1, which the registry does not define",
        "product p1 secret=s\\ndevice p1 => r:2: device \"p1\" must be written ProductKey/DeviceName",
        "product p1 secret=s\\ndevice p1/ab => r:2: device name \"ab\" must be 4 to 32 characters of letters, digits"
            + " and - _ @ . :",
        "product p1 secret=s\\ndevice p1/abcd token=x => r:2: device p1/abcd needs both client-id= and token= (the"
            + " latest regnwl result) or neither",
        "product p1 secret=s\\n\\n# c\\ndevice p1/abcd\\ndevice p1/abcd => r:5: device p1/abcd is already defined at"
            + " line 4",
        "product p1 secret=s\\ndevice p1/abcd enabled=off => r:2: enabled must be yes or no, not \"off\"" })
    void errorsNameFileAndLine(String text, String message) {
        RegistryException e = assertThrows(RegistryException.class,
                () -> Registry.parse("r", text.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
    }
}
