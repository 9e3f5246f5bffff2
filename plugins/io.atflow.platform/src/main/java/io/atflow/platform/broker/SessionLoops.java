package io.atflow.platform.broker;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;

import io.moquette.broker.Server;

/**
 * Keeps Moquette 0.17's session loops running. Each loop is a thread that runs the commands (CONNECT, SUBSCRIBE,
 * PUBLISH, acknowledgements) of every client id that hashes to it. A command that throws ends the thread, and
 * Moquette starts no other: from then on the clients of that loop get no CONNACK and no SUBACK, ever (seen in the
 * platform's tests: every other login timed out waiting for its CONNACK; in production: moquette-io/moquette#933, a
 * publish for a session whose connection had just gone away). Moquette keeps its loops alive after 0.17 (#957), which
 * is not available here. Until then, when a loop's thread dies, a new one takes over its queue of commands (and its
 * place, so Moquette stops it with the others), and the failure is reported. Moquette's loops are package-private:
 * they are reached by reflection, checked when the broker starts.
 */
final class SessionLoops {
    private final Object[] loops;
    private final Constructor<?> newLoop;
    private final Field queue;
    private final BiConsumer<String, Throwable> report;
    private boolean stopped;

    private SessionLoops(Object[] loops, Constructor<?> newLoop, Field queue, BiConsumer<String, Throwable> report) {
        this.loops = loops;
        this.newLoop = newLoop;
        this.queue = queue;
        this.report = report;
    }

    /**
     * Watches {@code server}'s session loops from now on; {@code report} gets a loop's name and what ended its thread,
     * after a new thread has taken over.
     *
     * @throws IllegalStateException if the Moquette on the class path does not have 0.17's loops
     */
    static SessionLoops keep(Server server, BiConsumer<String, Throwable> report) {
        try {
            Object postOffice = field(Server.class, "dispatcher").get(server);
            Object group = field(postOffice.getClass(), "sessionLoops").get(postOffice);
            Object[] loops = (Object[]) field(group.getClass(), "sessionExecutors").get(group);
            Class<?> loopClass = loops.getClass().getComponentType();
            Constructor<?> constructor = loopClass.getDeclaredConstructor(BlockingQueue.class);
            constructor.setAccessible(true);
            SessionLoops kept = new SessionLoops(loops, constructor, field(loopClass, "sessionQueue"), report);
            for (int i = 0; i < loops.length; i++) {
                Thread loop = (Thread) loops[i];
                kept.watch(i, loop, loop.getUncaughtExceptionHandler());
            }
            return kept;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the embedded MQTT broker is not the Moquette 0.17 this platform was built "
                    + "for (its session loops cannot be kept running): " + e, e);
        }
    }

    /** The number of loops (for tests). */
    int count() {
        return loops.length;
    }

    /** The queue of commands of loop {@code index} (for tests). */
    @SuppressWarnings("unchecked")
    BlockingQueue<FutureTask<String>> queue(int index) throws IllegalAccessException {
        return (BlockingQueue<FutureTask<String>>) queue.get(loops[index]);
    }

    /** From now on a dead loop is not replaced: the broker is stopping its loops. */
    synchronized void stop() {
        stopped = true;
    }

    /** Loop {@code index}'s thread, when it dies, reports as Moquette has it ({@code moquettes}), then is replaced. */
    private void watch(int index, Thread loop, Thread.UncaughtExceptionHandler moquettes) {
        loop.setUncaughtExceptionHandler((dead, error) -> {
            if (moquettes != null) {
                moquettes.uncaughtException(dead, error);
            }
            replace(index, dead, error, moquettes);
        });
    }

    private void replace(int index, Thread dead, Throwable error, Thread.UncaughtExceptionHandler moquettes) {
        Thread next;
        synchronized (this) {
            if (stopped) {
                return;
            }
            try {
                next = (Thread) newLoop.newInstance(queue.get(dead));
            } catch (ReflectiveOperationException e) {
                report.accept(dead.getName(), e);
                return;
            }
            next.setName(dead.getName());
            next.setDaemon(dead.isDaemon());
            Array.set(loops, index, next);
            watch(index, next, moquettes);
            next.start();
        }
        report.accept(dead.getName(), error);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
