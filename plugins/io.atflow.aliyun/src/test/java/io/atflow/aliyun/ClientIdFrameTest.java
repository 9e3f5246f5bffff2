package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdFrameTest {
    @ParameterizedTest
    @ValueSource(strings = { "dev|securemode=2,signmethod=hmacsha1|",
        "864430010001091|securemode=-2,authType=regnwl,random=123,signmethod=hmacsha1,instanceId=iot-1|" })
    void parseAndFormatRoundTrip(String framed) {
        assertEquals(framed, ClientIdFrame.parse(framed).format());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "device001; client id \"device001\" lacks the |securemode=...| parameters",
        "dev|securemode=2; client id \"dev|securemode=2\" must end with '|' after its parameters",
        "|securemode=2|; client id \"|securemode=2|\" has nothing before '|'",
        "dev|securemode=2,,x=1|; client id parameter \"\" is not of the form name=value",
        "dev|a=1|b=2|; client id \"dev|a=1|b=2|\" has more than two '|' separators",
        "dev|a=1,a=2|; client id parameter \"a\" is given twice" })
    void framingErrorsAreExplained(String framed, String message) {
        assertEquals(message, assertThrows(AliyunInputException.class, () -> ClientIdFrame.parse(framed)).getMessage());
    }
}
