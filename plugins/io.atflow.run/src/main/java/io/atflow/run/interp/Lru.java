package io.atflow.run.interp;

import java.util.LinkedHashMap;
import java.util.Map;

/** At most {@code limit} entries; the least recently used one goes first. Used by one thread. */
final class Lru<K, V> {
    private final Map<K, V> entries;

    Lru(int limit) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        };
    }

    V get(K key) {
        return entries.get(key);
    }

    void put(K key, V value) {
        entries.put(key, value);
    }

    int size() {
        return entries.size();
    }
}
