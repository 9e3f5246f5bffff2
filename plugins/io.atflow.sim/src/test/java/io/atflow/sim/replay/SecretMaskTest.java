package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replay reports never show the secrets of the lines they quote. */
class SecretMaskTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"c4fa40df\" => AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"****\"",
        "+QMTCFG: \"aliauth\",\"pk\",\"dn\",\"c4fa40df\" => +QMTCFG: \"aliauth\",\"pk\",\"dn\",\"****\"",
        "+QMTCFG: \"aliauth\",,, => +QMTCFG: \"aliauth\",,,",
        "AT+QMTCONN=0,\"id|securemode=2|\",\"dn&pk\",\"0309b317\" => AT+QMTCONN=0,\"id|securemode=2|\",\"dn&pk\",\"****\"",
        "AT+QMTCONN=0,\"device001\" => AT+QMTCONN=0,\"device001\"",
        "+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"d2a0\",\"productKey\":\"pk\"}\""
            + " => +QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"****\",\"productKey\":\"pk\"}\"",
        "{\"clientId\":\"Kz\",\"deviceToken\":\"^1^16^c5\"} => {\"clientId\":\"Kz\",\"deviceToken\":\"****\"}",
        "productKey=pk&deviceName=dn&random=003&sign=2779&signMethod=hmacsha1"
            + " => productKey=pk&deviceName=dn&random=003&sign=****&signMethod=hmacsha1" })
    void secretsAreMasked(String line, String masked) {
        assertEquals(masked, SecretMask.mask(line));
    }
}
