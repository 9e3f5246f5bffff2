package io.atflow.sim.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.MqttCredentials;

/** The module's own signing with AT+QMTCFG="aliauth" reproduces the application note's vector. */
class AliauthSignerTest {

    static MqttSettings triple(String pk, String dn, String ds) {
        MqttSettings s = new MqttSettings();
        s.productKey = pk;
        s.deviceName = dn;
        s.deviceSecret = ds;
        return s;
    }

    @Test
    void overTlsItSignsTheNotesVector() {
        MqttCredentials c = AliauthSigner.sign(triple("i2uqc2dloOl", "device001", "c4fa40df9c8078073d75a26be2bc8f58"),
                "i2uqc2dloOl.device001", true, 1680937625134L);
        assertEquals("i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|",
                c.clientId());
        assertEquals("device001&i2uqc2dloOl", c.username());
        assertEquals("0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db", c.password());
    }

    @Test
    void overPlainTcpItAnnouncesSecuremode3() {
        MqttCredentials c = AliauthSigner.sign(triple("i2uqc2dloOl", "device001", "c4fa40df9c8078073d75a26be2bc8f58"),
                "device001", false, 1680937625134L);
        assertEquals("device001|securemode=3,signmethod=hmacsha256,timestamp=1680937625134|", c.clientId());
    }

    @Test
    void aClientIdThatBreaksTheFramingIsRefused() {
        assertThrows(AliyunInputException.class, () -> AliauthSigner.sign(triple("pk", "device001", "s"), "a|b",
                true, 1L));
    }
}
