package io.atflow.sim.load;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.Timing;
import io.atflow.sim.platform.PlatformNetwork;

/**
 * N simulated modules in one JVM run the registration-free flow at once against one embedded platform: prints the
 * wall time, flow latency percentiles, failures, live threads and heap. Usage: {@code SimLoadBench [devices]}.
 */
public final class SimLoadBench {
    private SimLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (PlatformNetwork network = PlatformNetwork.embedded()) {
            String productKey = "i2uq9ORmOSM";
            String secret = network.platform().registry().product(productKey).orElseThrow().productSecret();
            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            List<SimulatedModule> modules = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(devices);
            AtomicInteger peakThreads = new AtomicInteger();
            long start = System.nanoTime();
            for (int i = 0; i < devices; i++) {
                String name = String.format("Sim%04d", i);
                SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withName(name)
                        .withTiming(Timing.FAST).withNetwork(network.network()));
                modules.add(module);
                Thread.ofVirtual().start(() -> {
                    long t0 = System.nanoTime();
                    try (ModuleConnection line = module.open()) {
                        new DeviceFlow(line).run(productKey, secret, name);
                        millis.add((System.nanoTime() - t0) / 1_000_000);
                    } catch (Exception e) {
                        failures.add(name + ": " + e.getMessage());
                    } finally {
                        peakThreads.accumulateAndGet(Thread.activeCount(), Math::max);
                        done.countDown();
                    }
                });
            }
            done.await();
            long wall = (System.nanoTime() - start) / 1_000_000;
            int threads = ManagementFactory.getThreadMXBean().getPeakThreadCount();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            modules.forEach(SimulatedModule::close);
            Collections.sort(millis);
            System.out.printf("devices %d, completed %d, failed %d, wall %d ms%n", devices, millis.size(),
                    failures.size(), wall);
            if (!millis.isEmpty()) {
                System.out.printf("flow latency p50 %d ms, p95 %d ms, max %d ms (15 AT commands each)%n",
                        millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                        millis.get(millis.size() - 1));
            }
            System.out.printf("peak platform threads %d, heap used %d MB%n", threads, heap);
            failures.stream().limit(5).forEach(f -> System.out.println("failure: " + f));
            System.exit(failures.isEmpty() ? 0 : 1);
        }
    }
}
