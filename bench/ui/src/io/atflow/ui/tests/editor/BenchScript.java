package io.atflow.ui.tests.editor;

/** A long, valid script for the editor benchmark: identities, a payload, a handler and many 13-line steps. */
final class BenchScript {
    static final String HEADER = """
            // Generated for the editor benchmark (bench/ui): one device, the property-post flow, repeated.
            profile ec2x
            timeout 60m
            var host = "iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com"
            device meter {
              productKey "i2uqc2dloOl"
              deviceName "device001"
              deviceSecret secret("i2uqc2dloOl/device001")
            }
            payload post = \"""{"id":1,"params":{"Temp":23.9},"version":"1.0","method":"thing.event.property.post"}\"""
            on +QMTSTAT: 0,{err} fail "MQTT link lost: +QMTSTAT: 0,${err}"
            """;
    static final String STEP = """

            step "round %1$d" timeout 2m retry 2 {
              send AT+QMTCFG="version",0,4
              send AT+QMTCFG="aliauth",0,"${meter.productKey}","${meter.deviceName}","${meter.deviceSecret}"
              send AT+QMTOPEN=0,"${host}",1883
              await +QMTOPEN: 0,{open%1$d} within 75s
              if open%1$d != "0" fail "AT+QMTOPEN failed: ${open%1$d}"
              send AT+QMTCONN=0,"${meter.deviceName}"
              await +QMTCONN: 0,0,0 within 10s
              send AT+QMTPUBEX=0,0,0,0,"/sys/${meter.productKey}/${meter.deviceName}/thing/event/property/post",${len(post)} prompt post
              await +QMTPUBEX: 0,0,0 within 10s
              log "round %1$d reported"
            }
            """;

    private BenchScript() {
    }

    /** At least {@code lines} lines. */
    static String generate(int lines) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; b.chars().filter(c -> c == '\n').count() < lines; i++) {
            b.append(STEP.formatted(i));
        }
        return b.toString();
    }
}
