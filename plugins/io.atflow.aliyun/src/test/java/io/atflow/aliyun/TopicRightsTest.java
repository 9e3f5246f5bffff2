package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.aliyun.TopicRights.Right;

/** Topic classes and rights as the console lists them for device001 (application note 4.1.3) and Aliyun's docs. */
class TopicRightsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/sys/i2uqc2dloOl/device001/thing/event/property/post, pub",
        "/sys/i2uqc2dloOl/device001/thing/event/property/post_reply, sub",
        "/sys/i2uqc2dloOl/device001/thing/event/Error/post, pub",
        "/sys/i2uqc2dloOl/device001/thing/event/Error/post_reply, sub",
        "/sys/i2uqc2dloOl/device001/thing/service/property/set, sub",
        "/sys/i2uqc2dloOl/device001/thing/service/property/set_reply, pub",
        "/sys/i2uqc2dloOl/device001/thing/service/SetThreshold, sub",
        "/sys/i2uqc2dloOl/device001/thing/service/SetThreshold_reply, pub",
        "/sys/i2uqc2dloOl/device001/thing/config/push, sub",
        "/sys/i2uqc2dloOl/device001/thing/config/push_reply, pub",
        "/sys/i2uqc2dloOl/device001/thing/deviceinfo/update, pub",
        "/sys/i2uqc2dloOl/device001/thing/deviceinfo/update_reply, sub",
        "/sys/i2uqc2dloOl/device001/rrpc/request/+, sub",
        "/sys/i2uqc2dloOl/device001/rrpc/response/42, pub",
        "/sys/i2uqc2dloOl/device001/thing/#, sub",
        "/i2uqc2dloOl/device001/user/update, pub",
        "/i2uqc2dloOl/device001/user/update/error, pub",
        "/i2uqc2dloOl/device001/user/get, sub",
        "/i2uqc2dloOl/device001/user/telemetry, pubsub",
        "/sys/i2uqc2dloOl/device002/thing/event/property/post, none",
        "/i2uqc2dloOl/device002/user/get, none",
        "/broker/anything, none" })
    void rightsPerTopicClass(String topic, String rights) {
        Set<Right> expected = switch (rights) {
            case "pub" -> EnumSet.of(Right.PUBLISH);
            case "sub" -> EnumSet.of(Right.SUBSCRIBE);
            case "pubsub" -> EnumSet.allOf(Right.class);
            default -> EnumSet.noneOf(Right.class);
        };
        assertEquals(expected, TopicRights.of("i2uqc2dloOl", "device001", topic));
    }
}
