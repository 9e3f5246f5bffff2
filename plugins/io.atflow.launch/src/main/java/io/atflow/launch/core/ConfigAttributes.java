package io.atflow.launch.core;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

import io.atflow.launch.config.LaunchSettings;

/** {@link LaunchSettings.Attributes} over a launch configuration (writable for a working copy). */
public final class ConfigAttributes implements LaunchSettings.Attributes {
    private final ILaunchConfiguration config;

    private ConfigAttributes(ILaunchConfiguration config) {
        this.config = config;
    }

    public static LaunchSettings read(ILaunchConfiguration config) {
        return LaunchSettings.read(new ConfigAttributes(config));
    }

    public static void write(LaunchSettings settings, ILaunchConfigurationWorkingCopy copy) {
        settings.write(new ConfigAttributes(copy));
    }

    @Override
    public String get(String name, String defaultValue) {
        return orDefault(() -> config.getAttribute(name, defaultValue), defaultValue);
    }

    @Override
    public int get(String name, int defaultValue) {
        return orDefault(() -> config.getAttribute(name, defaultValue), defaultValue);
    }

    @Override
    public Map<String, String> get(String name, Map<String, String> defaultValue) {
        return orDefault(() -> config.getAttribute(name, defaultValue), defaultValue);
    }

    @Override
    public List<String> get(String name, List<String> defaultValue) {
        return orDefault(() -> config.getAttribute(name, defaultValue), defaultValue);
    }

    @Override
    public void set(String name, String value) {
        copy().setAttribute(name, value);
    }

    @Override
    public void set(String name, int value) {
        copy().setAttribute(name, value);
    }

    @Override
    public void set(String name, Map<String, String> value) {
        copy().setAttribute(name, value);
    }

    @Override
    public void set(String name, List<String> value) {
        copy().setAttribute(name, value);
    }

    /** The attribute {@code read} returns, or {@code defaultValue} when the configuration cannot be read. */
    private static <T> T orDefault(Read<T> read, T defaultValue) {
        try {
            return read.get();
        } catch (CoreException e) {
            return defaultValue;
        }
    }

    private interface Read<T> {
        T get() throws CoreException;
    }

    private ILaunchConfigurationWorkingCopy copy() {
        if (config instanceof ILaunchConfigurationWorkingCopy wc) {
            return wc;
        }
        throw new UnsupportedOperationException("launch configuration " + config.getName() + " is not a working copy");
    }
}
