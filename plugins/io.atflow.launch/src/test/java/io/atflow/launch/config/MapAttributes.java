package io.atflow.launch.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Launch attributes in a map, as a launch configuration working copy holds them. */
final class MapAttributes implements LaunchSettings.Attributes {
    final Map<String, Object> values = new HashMap<>();

    @Override
    public String get(String name, String defaultValue) {
        return values.get(name) instanceof String s ? s : defaultValue;
    }

    @Override
    public int get(String name, int defaultValue) {
        return values.get(name) instanceof Integer i ? i : defaultValue;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> get(String name, Map<String, String> defaultValue) {
        return values.get(name) instanceof Map<?, ?> m ? (Map<String, String>) m : defaultValue;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> get(String name, List<String> defaultValue) {
        return values.get(name) instanceof List<?> l ? (List<String>) l : defaultValue;
    }

    @Override
    public void set(String name, String value) {
        values.put(name, value);
    }

    @Override
    public void set(String name, int value) {
        values.put(name, value);
    }

    @Override
    public void set(String name, Map<String, String> value) {
        values.put(name, value);
    }

    @Override
    public void set(String name, List<String> value) {
        values.put(name, value);
    }
}
