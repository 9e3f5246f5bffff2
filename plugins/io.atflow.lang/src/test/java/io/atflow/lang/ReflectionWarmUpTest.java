package io.atflow.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The read-ahead runs beside the injector's creation, so it must initialise no class (a class initialised on two
 * threads in opposite orders can deadlock) and must not fail on a binding method that does.
 */
class ReflectionWarmUpTest {
    static final AtomicInteger INITIALISED = new AtomicInteger();

    @Test
    void readsTheBoundClassesWithoutInitialisingThem() {
        ReflectionWarmUp.boundBy(new Module());
        assertEquals(0, INITIALISED.get(), "no bound class or superclass was initialised");
        new Bound();
        assertEquals(2, INITIALISED.get(), "the probes count their initialisation");
    }

    public static class Module {
        public Class<? extends Base> bindBase() {
            return Bound.class;
        }

        public Class<?> bindBroken() {
            throw new IllegalStateException("a binding method that fails");
        }
    }

    public static class Base {
        static {
            INITIALISED.incrementAndGet();
        }

        @Deprecated
        protected String field;

        public void inject(@SuppressWarnings("unused") String value) {
        }
    }

    public static class Bound extends Base {
        static {
            INITIALISED.incrementAndGet();
        }

        @Deprecated
        public Bound() {
        }
    }
}
