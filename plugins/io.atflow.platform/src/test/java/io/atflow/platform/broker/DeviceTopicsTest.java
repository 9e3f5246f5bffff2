package io.atflow.platform.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceTopicsTest {
    @ParameterizedTest
    @CsvSource({
        "/sys/pk1/dev1/thing/event/property/post, true",
        "/sys/pk1/dev1/thing/event/property/post_reply, true",
        "/sys/pk1/dev1/#, true",
        "/sys/pk1/dev1/thing/+/property/post, true",
        "/pk1/dev1/user/update, true",
        "/pk1/dev1/#, true",
        "/sys/pk1/dev2/thing/event/property/post, false",
        "/sys/pk2/dev1/thing/event/property/post, false",
        "/sys/pk1/+/thing/event/property/post, false",
        "/sys/+/dev1/thing/event/property/post, false",
        "/sys/#, false",
        "#, false",
        "/sys/pk1/dev1, false",
        "/sys/pk1/dev10/x, false",
        "/pk1/dev1, false",
        "sys/pk1/dev1/x, false",
        "/ext/register, false" })
    void ownTopicsOnly(String topic, boolean owned) {
        assertEquals(owned, DeviceTopics.owns("dev1&pk1", topic));
    }

    @ParameterizedTest
    @CsvSource({ "dev1&pk1, /sys/pk1/dev1/x, true", "dev1, /sys/pk1/dev1/x, false", "&pk1, /sys/pk1//x, false" })
    void userNamesThatAreNotDevicesOwnNothing(String user, String topic, boolean owned) {
        assertEquals(owned, DeviceTopics.owns(user, topic));
    }
}
