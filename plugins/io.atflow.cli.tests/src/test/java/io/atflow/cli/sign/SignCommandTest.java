package io.atflow.cli.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.cli.Main;

class SignCommandTest {
    record Result(int code, String out, String err) {
    }

    static Result atflow(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.standard().execute(Arrays.asList(line.split(" ")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheApplicationNoteVector() {
        Result r = atflow("sign --product-key i2uqc2dloOl --device-name device001"
                + " --device-secret c4fa40df9c8078073d75a26be2bc8f58 --client-id i2uqc2dloOl.device001"
                + " --sign-method hmacsha256 --timestamp 1680937625134");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                clientId=i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|
                username=device001&i2uqc2dloOl
                password=0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db
                """, r.out());
    }

    @Test
    void dynamicRegistrationAndHttpsForm() {
        Result reg = atflow("sign --product-key i2uqZnX9tZK --device-name meter001 --product-secret TestProductSecret123"
                + " --auth-type register --random 123 --sign-method hmacsha1 --client-id 864430010001091");
        assertEquals("""
                clientId=864430010001091|securemode=2,authType=register,random=123,signmethod=hmacsha1|
                username=meter001&i2uqZnX9tZK
                password=a29a7c87a848fdccc696c7fc3d57ba0a436965f0
                """, reg.out());
        Result https = atflow("sign --product-key i2uqzmkZsLG --device-name device001 --product-secret"
                + " TestProductSecret123 --random 003 --sign-method hmacsha1 --https");
        assertEquals("productKey=i2uqzmkZsLG&deviceName=device001&random=003"
                + "&sign=1454378dd22b9bb0a4fea944e52fdc1bd9455984&signMethod=hmacsha1\n", https.out());
    }

    @Test
    void tokenLogin() {
        Result r = atflow("sign --product-key i2uq9ORmOSM --device-name Kit001 --device-token ^1^16^563f"
                + " --client-id IXywJDukE7AKzOsfbvmZ000100");
        assertEquals("clientId=IXywJDukE7AKzOsfbvmZ000100|securemode=-2,authType=connwl|\n"
                + "username=Kit001&i2uq9ORmOSM\npassword=^1^16^563f\n", r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "--device-secret s --sign-method sha3 => unknown sign method \"sha3\"; use one of hmacmd5, hmacsha1, hmacsha256",
        "--device-secret s --client-id a,b => client id \"a,b\" contains ',', which breaks the client-id framing",
        "--device-secret s --client-id 0123456789012345678901234567890123456789012345678901234567890123456789 =>"
            + " client id is 70 characters; Aliyun allows at most 64",
        "--product-secret p --auth-type register => --product-secret needs --random",
        "--device-secret s --product-secret p => give exactly one of --device-secret, --product-secret or --device-token",
        "--device-secret s --colour red => unknown option --colour",
        "--device-secret s --auth-type register => --auth-type does not apply with --device-secret" })
    void badInputIsOneLineAndExitTwo(String options, String message) {
        Result r = atflow("sign --product-key i2uqc2dloOl --device-name device001 " + options);
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("atflow sign: " + message + "\n", r.err());
    }

    @Test
    void emptyDeviceName() {
        Result r = atflow("sign --product-key pk --device-name= --device-secret s");
        assertEquals(2, r.code());
        assertEquals("atflow sign: device name must not be empty\n", r.err());
    }
}
