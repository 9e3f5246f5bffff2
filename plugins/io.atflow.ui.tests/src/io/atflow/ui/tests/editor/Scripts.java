package io.atflow.ui.tests.editor;

/** Script texts of the editor tests (the application note's identity and vector). */
final class Scripts {
    static final String SECRET_NAME = "i2uqc2dloOl/device001";
    static final String DEVICE_SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    static final String NOTE_PASSWORD = "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db";
    static final String CLIENT_ID = "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|";
    static final String METER = """
            device meter {
              productKey "i2uqc2dloOl"
              deviceName "device001"
              deviceSecret secret("i2uqc2dloOl/device001")
            }
            """;

    /** A connect step whose AT+QMTCONN lacks the password. */
    static final String CONNECT_WITHOUT_PASSWORD = "// connect with the note's credentials\n" + METER + """

            step "connect" {
              send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883
              await +QMTOPEN: 0,0 within 75s
              send AT+QMTCONN=0,"%s","device001&i2uqc2dloOl"
              await +QMTCONN: 0,0,0 within 10s
            }
            """.formatted(CLIENT_ID);

    private Scripts() {
    }

    /** The note's secret as it was before a test, to put back afterwards (other test packages may rely on it). */
    static java.util.Optional<String> saveNoteSecret() {
        return saveSecret(SECRET_NAME);
    }

    static void restoreNoteSecret(java.util.Optional<String> saved)
            throws org.eclipse.equinox.security.storage.StorageException {
        restoreSecret(SECRET_NAME, saved);
    }

    /** Secret {@code name} in secure storage as it was before a test. */
    static java.util.Optional<String> saveSecret(String name) {
        return io.atflow.ui.AtFlowUi.getDefault().secrets().storage().resolve(name, null);
    }

    /** Puts secret {@code name} back as {@link #saveSecret} found it. */
    static void restoreSecret(String name, java.util.Optional<String> saved)
            throws org.eclipse.equinox.security.storage.StorageException {
        if (saved.isPresent()) {
            io.atflow.ui.AtFlowUi.getDefault().secrets().store(name, saved.get());
        } else {
            io.atflow.ui.AtFlowUi.getDefault().secrets().remove(name);
        }
    }
}
