package io.atflow.platform.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformConfig;

/**
 * The short variant of the load figure in bench/platform: 200 devices connect at once and post for 2 s; every post
 * is answered. No timing is asserted.
 */
@Timeout(180)
class LoadTest {
    @Test
    void twoHundredDevicesPostWithoutALostReply() throws Exception {
        try (IotPlatform platform = IotPlatform.start(PlatformConfig.defaults().withRegistry(LoadRun.registry(200)))) {
            LoadResult r = new LoadRun(platform, 200, false).run(Duration.ofSeconds(2), Duration.ofMillis(250));
            System.out.print(r.report());
            assertEquals(200, r.connected(), r.report());
            assertTrue(r.posts() >= 200, r.report());
            assertEquals(0, r.sendErrors(), r.report());
            assertEquals(0, r.lostReplies(), r.report());
            assertEquals(r.posts(), r.replies(), r.report());
            assertEquals(0, r.unexpectedReplies(), r.report());
            assertEquals(0, r.lostConnections(), r.report());
        }
    }
}
