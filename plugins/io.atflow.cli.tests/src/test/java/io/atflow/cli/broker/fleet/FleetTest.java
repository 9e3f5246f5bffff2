package io.atflow.cli.broker.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.broker.Mosquitto;
import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformConfig;
import io.atflow.platform.Upstream;
import io.atflow.platform.registry.Registry;
import io.atflow.sim.platform.PlatformNetwork;

/**
 * The fleet benchmark's flow, small: 50 simulated modules log in and post 3 properties each through AT commands at
 * once, registration-free (regnwl, connwl) with the embedded broker and with device secrets through mosquitto;
 * nothing may be lost.
 */
@Timeout(600)
class FleetTest {
    static final String PRODUCT = FleetRegistry.PRODUCT;
    static final int MODULES = 50;
    static final int POSTS = 3;

    @TempDir
    Path dir;

    @Test
    void fiftyModulesThroughTheEmbeddedBrokerLoseNothing() throws Exception {
        try (IotPlatform platform = IotPlatform.start(config())) {
            assertNothingLost(run(platform, FleetFlow.Login.REGNWL));
        }
    }

    @Test
    void fiftyModulesThroughMosquittoLoseNothing() throws Exception {
        try (Mosquitto mosquitto = Mosquitto.start(dir);
                IotPlatform platform = IotPlatform.start(config().withUpstream(Upstream.parse(mosquitto.uri())))) {
            assertNothingLost(run(platform, FleetFlow.Login.SECRET));
            // every post and every reply went through mosquitto
            String log = mosquitto.log();
            assertEquals(MODULES * POSTS, count(log, "Received PUBLISH from " + PRODUCT + "\\.Fleet\\d{4} \\(d0, q1,"
                    + " r0, m\\d+, '/sys/" + PRODUCT + "/Fleet\\d{4}/thing/event/property/post'"));
            assertEquals(MODULES * POSTS, count(log, "Received PUBLISH from atflow-platform-[0-9a-f]{8} \\(d0, q1,"
                    + " r0, m\\d+, '/sys/" + PRODUCT + "/Fleet\\d{4}/thing/event/property/post_reply'"));
        }
    }

    private static PlatformConfig config() {
        return PlatformConfig.defaults().withRegistry(Registry.parse("fleet", FleetRegistry.text(MODULES)));
    }

    private static FleetTally run(IotPlatform platform, FleetFlow.Login login) throws InterruptedException {
        return FleetRun.run(PlatformNetwork.of(platform), login, MODULES, POSTS, 0, Duration.ofMinutes(5));
    }

    private static void assertNothingLost(FleetTally t) {
        assertEquals(List.of(), t.failures());
        assertEquals(MODULES, t.registeredCount());
        assertEquals(MODULES * POSTS, t.postedCount());
        assertEquals(MODULES * POSTS, t.replyCount());
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
