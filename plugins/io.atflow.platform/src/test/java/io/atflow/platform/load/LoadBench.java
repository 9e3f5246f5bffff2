package io.atflow.platform.load;

import java.time.Duration;

import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformConfig;

/**
 * The full platform load figure (bench/platform/run): {@code [--devices N] [--seconds S] [--interval-ms M] [--tls]}.
 * Defaults: 200 devices posting every 200 ms for 10 s over plain TCP.
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int devices = 200;
        int seconds = 10;
        int intervalMs = 200;
        boolean tls = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--devices" -> devices = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--interval-ms" -> intervalMs = Integer.parseInt(args[++i]);
                case "--tls" -> tls = true;
                default -> {
                    System.err.println("usage: run [--devices N] [--seconds S] [--interval-ms M] [--tls]");
                    System.exit(2);
                }
            }
        }
        try (IotPlatform platform = IotPlatform.start(PlatformConfig.defaults()
                .withRegistry(LoadRun.registry(devices)))) {
            System.out.printf("platform load: %d devices, one property post each every %d ms for %d s over %s%n",
                    devices, intervalMs, seconds, tls ? "TLS" : "plain TCP");
            LoadResult r = new LoadRun(platform, devices, tls).run(Duration.ofSeconds(seconds),
                    Duration.ofMillis(intervalMs));
            System.out.print(r.report());
            System.exit(r.lostReplies() == 0 && r.connected() == devices ? 0 : 1);
        }
    }
}
