package io.atflow.sim.cellular;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.atflow.sim.DeviceState.Coverage;
import io.atflow.sim.DeviceState;
import io.atflow.sim.core.ModuleCore;

/**
 * The module's cellular side: EPS registration (+CEREG), radio function (+CFUN) and PDP contexts with their
 * addresses. Context 1 comes up with the default bearer when the module registers, as on LTE, so AT+CGPADDR
 * shows an address without AT+QIACT (the application note relies on this). The module registers once its (U)SIM is
 * ready ({@link #simReady}): on the home network (+CEREG stat 1) or roaming (5) as the {@link DeviceState} says, at
 * once at power-up or after searching (stat 2); without coverage it searches for good. Everything runs on the module
 * thread.
 */
public final class Radio {
    public static final int NOT_REGISTERED = 0;
    public static final int REGISTERED_HOME = 1;
    public static final int SEARCHING = 2;
    public static final int REGISTERED_ROAMING = 5;
    public static final int MIN_CID = 1;
    public static final int MAX_CID = 16;
    static final String TAC = "550B";
    static final String CELL_ID = "5C4EF01";

    private final ModuleCore module;
    private final String ipv4;
    private final String ipv6;
    private final int accessTechnology;
    private final Duration registrationTime;
    private final Coverage coverage;
    private final Duration searching;
    private final List<Runnable> dataLossListeners = new CopyOnWriteArrayList<>();
    private final Map<Integer, PdpContext> contexts = new TreeMap<>();
    /** The URC mode ({@code <n>}) of each registration command, by name: +CEREG, +CREG, +CGREG. */
    private final Map<String, Integer> reportModes = new TreeMap<>();
    private int stat;
    private int function;
    private boolean simReady;
    private final int contextType;
    /** Bumped at every power-up, so timers of an earlier power cycle do nothing. */
    private int generation;

    public Radio(ModuleCore module, String ipv4, String ipv6, int accessTechnology, int contextType,
            Duration registrationTime, DeviceState state) {
        this.module = module;
        this.contextType = contextType;
        this.ipv4 = ipv4;
        this.ipv6 = ipv6;
        this.accessTechnology = accessTechnology;
        this.registrationTime = registrationTime;
        this.coverage = state.coverage();
        this.searching = state.searching();
        reset();
        module.onReset(this::reset);
    }

    /**
     * Power-up state: full function, not registered until the SIM is ready, context 1 configured with the family's
     * type (1 IPv4, 3 IPv4v6).
     */
    void reset() {
        contexts.clear();
        contexts.put(1, new PdpContext(contextType));
        reportModes.clear();
        stat = NOT_REGISTERED;
        function = 1;
        simReady = false;
        generation++;
    }

    /**
     * The (U)SIM is ready: the module registers, at once when it is ready at power-up, otherwise after the
     * registration time; a {@code searching} state makes it search first either way.
     */
    public void simReady(boolean atPowerUp) {
        simReady = true;
        if (coverage == Coverage.NONE) {
            setStat(SEARCHING);
            return;
        }
        Duration delay = !searching.isZero() ? searching : atPowerUp ? Duration.ZERO : registrationTime;
        if (delay.isZero()) {
            registerNow();
            return;
        }
        setStat(SEARCHING);
        int g = generation;
        module.schedule(delay, () -> {
            if (g == generation && function == 1 && !registered()) {
                registerNow();
            }
        });
    }

    /** Context {@code cid} is active because the host activated it earlier (a later AT+QIACT fails). */
    public void markActivated(int cid) {
        PdpContext c = contexts.get(cid);
        if (c != null && c.active) {
            c.activated = true;
        }
    }

    /** Runs when the data path goes away (deregistration, CFUN=0, context deactivated). */
    public void onDataLoss(Runnable listener) {
        dataLossListeners.add(listener);
    }

    public boolean registered() {
        return stat == REGISTERED_HOME || stat == REGISTERED_ROAMING;
    }

    /** Registered and the context is up: the module can open sockets through it. */
    public boolean dataReady(int cid) {
        PdpContext c = contexts.get(cid);
        return registered() && c != null && c.active;
    }

    public int stat() {
        return stat;
    }

    public int function() {
        return function;
    }

    int reportMode(String name) {
        return reportModes.getOrDefault(name, 0);
    }

    void reportMode(String name, int n) {
        reportModes.put(name, n);
    }

    int accessTechnology() {
        return accessTechnology;
    }

    PdpContext context(int cid) {
        return contexts.computeIfAbsent(cid, k -> new PdpContext(1));
    }

    Map<Integer, PdpContext> contexts() {
        return contexts;
    }

    /** The address lines of AT+CGPADDR for an active context. */
    String addresses(int cid) {
        PdpContext c = contexts.get(cid);
        return switch (c.type) {
            case 2 -> "\"" + ipv6 + "\"";
            case 3 -> "\"" + ipv4 + "\",\"" + ipv6 + "\"";
            default -> "\"" + ipv4 + "\"";
        };
    }

    /** Registration is lost ({@code stat} 0 or 2): contexts drop, links are lost, CEREG URC if enabled. */
    public void lose(int newStat) {
        if (stat == newStat) {
            return;
        }
        stat = newStat;
        report();
        dropContexts();
    }

    /** The module finds the network again after the registration time; context 1 comes back up. */
    public void regain() {
        int g = generation;
        module.schedule(registrationTime, () -> {
            if (g == generation && function == 1 && !registered() && simReady && coverage != Coverage.NONE) {
                registerNow();
            }
        });
    }

    void function(int fun) {
        function = fun;
        if (fun == 1) {
            if (!registered() && simReady) {
                stat = SEARCHING;
                regain();
            }
        } else {
            lose(NOT_REGISTERED);
        }
    }

    private void registerNow() {
        stat = coverage == Coverage.ROAMING ? REGISTERED_ROAMING : REGISTERED_HOME;
        context(1).active = true;
        report();
    }

    private void setStat(int newStat) {
        if (stat != newStat) {
            stat = newStat;
            report();
        }
    }

    void deactivate(int cid) {
        PdpContext c = contexts.get(cid);
        if (c != null && c.active) {
            c.active = false;
            c.activated = false;
            if (cid == 1) {
                dataLossListeners.forEach(Runnable::run);
            }
        }
    }

    private void dropContexts() {
        boolean any = false;
        for (Map.Entry<Integer, PdpContext> e : contexts.entrySet()) {
            if (e.getValue().active) {
                e.getValue().active = false;
                e.getValue().activated = false;
                module.out().urc("+QIURC: \"pdpdeact\"," + e.getKey());
                any = true;
            }
        }
        if (any) {
            dataLossListeners.forEach(Runnable::run);
        }
    }

    private void report() {
        reportModes.forEach((name, n) -> {
            if (n == 1) {
                module.out().urc(name + ": " + stat);
            } else if (n == 2) {
                module.out().urc(name + ": " + stat + location());
            }
        });
    }

    /** {@code ,"tac","ci",act} while registered, else nothing. */
    String location() {
        return registered() ? ",\"" + TAC + "\",\"" + CELL_ID + "\"," + accessTechnology : "";
    }
}
