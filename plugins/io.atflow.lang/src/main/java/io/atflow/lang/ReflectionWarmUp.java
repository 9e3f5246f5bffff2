package io.atflow.lang;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Reads, ahead of Guice, the members and annotations of the classes a module binds (and their superclasses): what
 * Guice looks at to find injection points. The JDK keeps both per class, so Guice then finds them read. Reflection
 * loads classes but initialises none, so this runs on another thread beside the injector's creation.
 */
final class ReflectionWarmUp {
    private ReflectionWarmUp() {
    }

    /** Every class a {@code bindX()} method of {@code module} returns. */
    static void boundBy(Object module) {
        for (Method m : module.getClass().getMethods()) {
            if (m.getName().startsWith("bind") && m.getParameterCount() == 0 && m.getReturnType() == Class.class
                    && !Modifier.isStatic(m.getModifiers())) {
                try {
                    members((Class<?>) m.invoke(module));
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    // only a head start: Guice reports whatever is wrong with the binding itself
                }
            }
        }
    }

    private static void members(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                annotations(m);
                m.getParameterAnnotations();
            }
            for (var f : c.getDeclaredFields()) {
                annotations(f);
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                annotations(k);
                k.getParameterAnnotations();
            }
            annotations(c);
        }
    }

    private static void annotations(AnnotatedElement e) {
        e.getDeclaredAnnotations();
    }
}
