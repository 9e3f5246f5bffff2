package io.atflow.lang.bench;

/** Generates a realistic script of about {@code lines} lines: identities, payloads and many steps. */
public final class ScriptGenerator {
    private ScriptGenerator() {
    }

    public static String generate(int lines) {
        StringBuilder b = new StringBuilder("""
                profile ec2x
                timeout 1h
                device meter {
                  productKey "i2uqc2dloOl"
                  deviceName "device001"
                  deviceSecret secret("i2uqc2dloOl/device001")
                }
                var host = "iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com"
                payload post = \"""{"id":"1","params":{"Temp":23.9},"version":"1.0","method":"thing.event.property.post"}\"""
                on +QMTSTAT: 0,{err} fail "MQTT link lost: ${err}"
                """);
        int step = 0;
        while (b.chars().filter(c -> c == '\n').count() < lines) {
            b.append("step \"report ").append(step++).append("\" timeout 30s retry 2 {\n")
                    .append("  send AT+CEREG? expect +CEREG: {n},{stat}\n")
                    .append("  if stat != \"1\" and stat != \"5\" fail \"not registered (${stat})\"\n")
                    .append("  send AT+QMTCFG=\"aliauth\",0,\"${meter.productKey}\",\"${meter.deviceName}\",\"${meter.deviceSecret}\"\n")
                    .append("  send AT+QMTOPEN=0,\"${host}\",1883 expect OK timeout 5s\n")
                    .append("  await +QMTOPEN: 0,{result} within 75s\n")
                    .append("  send AT+QMTCONN=0,\"${meter.deviceName}\"\n")
                    .append("  await +QMTCONN: 0,0,0 within 10s\n")
                    .append("  send AT+QMTSUB=0,1,\"/sys/${meter.productKey}/${meter.deviceName}/thing/event/property/post_reply\",0\n")
                    .append("  send AT+QMTPUBEX=0,0,0,0,\"/sys/${meter.productKey}/${meter.deviceName}/thing/event/property/post\",${len(post)} prompt post expect OK\n")
                    .append("  await +QMTRECV: 0,{msgId},\"{topic}\",\"{reply}\" within 10s\n")
                    .append("  var code = json(reply).code\n")
                    .append("  send AT+QMTCLOSE=0\n")
                    .append("}\n");
        }
        return b.toString();
    }
}
