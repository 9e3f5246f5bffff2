package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;

/**
 * A replayed log is masked by the run's policy: the arguments the catalog marks secret (Quectel MQTT application
 * note: AT+QMTCFG="aliauth",client,ProductKey,DeviceName,DeviceSecret and AT+QMTCONN=client,id,username,password) and
 * the JSON keys of issued credentials (Aliyun dynamic registration: deviceSecret; one-model-per-device: deviceToken),
 * by what the value is, not by where a line puts it.
 */
class LogMaskerTest {
    private final LogMasker masker = new LogMasker(AtCatalog.standard());

    @Test
    void theDeviceSecretOfAnAliauthTripleIsMaskedWhereverItComesBack() {
        assertEquals("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"****\"",
                masker.mask("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"c4fa40df\""));
        assertEquals("+QMTCFG: \"aliauth\",\"pk\",\"dn\",\"****\"",
                masker.mask("+QMTCFG: \"aliauth\",\"pk\",\"dn\",\"c4fa40df\""), "the read-back of the setting");
        assertEquals("+QMTCFG: \"aliauth\",,,", masker.mask("+QMTCFG: \"aliauth\",,,"));
    }

    @Test
    void thePasswordOfQmtconnIsMaskedAndAClientIdIsNot() {
        assertEquals("AT+QMTCONN=0,\"id|securemode=2|\",\"dn&pk\",\"****\"",
                masker.mask("AT+QMTCONN=0,\"id|securemode=2|\",\"dn&pk\",\"0309b317\""));
        assertEquals("AT+QMTCONN=0,\"device001\"", masker.mask("AT+QMTCONN=0,\"device001\""));
        assertEquals("echo of ****", masker.mask("echo of 0309b317"));
    }

    @Test
    void issuedCredentialsAreMaskedByTheirJsonKey() {
        assertEquals("+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"****\",\"productKey\":\"pk\"}\"",
                masker.mask("+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"d2a03b64\",\"productKey\":\"pk\"}\""));
        assertEquals("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"****\"",
                masker.mask("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"d2a03b64\""), "the issued secret, used");
        assertEquals("{\"clientId\":\"Kz\",\"deviceToken\":\"****\"}",
                masker.mask("{\"clientId\":\"Kz\",\"deviceToken\":\"^1^16^c5\"}"));
    }

    @Test
    void aLineWithoutSecretsIsUnchanged() {
        assertEquals("+CEREG: 0,1", masker.mask("+CEREG: 0,1"));
        assertEquals("AT+QMTOPEN=0,\"iot-as-mqtt.cn-shanghai.aliyuncs.com\",1883",
                masker.mask("AT+QMTOPEN=0,\"iot-as-mqtt.cn-shanghai.aliyuncs.com\",1883"));
    }
}
