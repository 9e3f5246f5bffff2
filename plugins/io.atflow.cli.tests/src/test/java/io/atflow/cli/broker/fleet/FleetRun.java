package io.atflow.cli.broker.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.Timing;
import io.atflow.sim.net.Network;

/**
 * N simulated modules in this JVM run the {@link FleetFlow} at once, each on its own virtual thread, against the
 * platform that {@code network} leads to. Module i is the device {@code Fleet<i>} of
 * {@link FleetRegistry#PRODUCT}.
 */
final class FleetRun {
    private FleetRun() {
    }

    /** Runs and returns the tally; at most {@code limit} for everything to finish. */
    static FleetTally run(Network network, FleetFlow.Login login, int modules, int posts, int packetTimeout,
            Duration limit) throws InterruptedException {
        FleetTally tally = new FleetTally();
        List<SimulatedModule> started = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(modules);
        Duration wait = Duration.ofSeconds(120);
        try {
            for (int i = 0; i < modules; i++) {
                String name = FleetRegistry.name(i);
                String secret = login == FleetFlow.Login.SECRET ? FleetRegistry.secret(i)
                        : FleetRegistry.PRODUCT_SECRET;
                SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withName(name)
                        .withTiming(Timing.FAST).withNetwork(network));
                started.add(module);
                Thread.ofVirtual().name("fleet-" + name).start(() -> {
                    try (ModuleConnection line = module.open()) {
                        new FleetFlow(line, name, wait, packetTimeout).run(login, FleetRegistry.PRODUCT, secret, posts, tally);
                    } catch (Exception e) {
                        tally.failed(name + ": " + e.getMessage());
                    } finally {
                        done.countDown();
                    }
                });
            }
            if (!done.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                tally.failed((done.getCount()) + " modules had not finished after " + limit.toSeconds() + " s");
            }
            return tally;
        } finally {
            started.forEach(SimulatedModule::close);
        }
    }
}
