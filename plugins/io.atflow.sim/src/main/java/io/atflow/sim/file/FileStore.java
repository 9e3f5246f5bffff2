package io.atflow.sim.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The module's user file system (UFS, Quectel FILE AT Commands Manual): files by name, in flash, so they survive a
 * reboot. Names may carry the {@code UFS:} prefix; {@code RAM:} files are kept the same way. Thread-safe: the TLS
 * handshake reads certificates off the module thread.
 */
public final class FileStore {
    public static final String UFS = "UFS:";
    /** The manual's limit on a file name. */
    public static final int MAX_NAME = 80;
    /** The UFS size of an EC2x (about 10 MB free on an EC25 with nothing uploaded). */
    public static final int CAPACITY = 10 * 1024 * 1024;

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** The stored name of {@code name}: {@code UFS:} dropped, since "UFS:a.pem" and "a.pem" are the same file. */
    public static String key(String name) {
        return name.regionMatches(true, 0, UFS, 0, UFS.length()) ? name.substring(UFS.length()) : name;
    }

    public synchronized boolean exists(String name) {
        return files.containsKey(key(name));
    }

    public synchronized Optional<byte[]> read(String name) {
        return Optional.ofNullable(files.get(key(name))).map(byte[]::clone);
    }

    public synchronized void write(String name, byte[] content) {
        files.put(key(name), content.clone());
    }

    public synchronized boolean delete(String name) {
        return files.remove(key(name)) != null;
    }

    public synchronized int used() {
        return files.values().stream().mapToInt(b -> b.length).sum();
    }

    public int free() {
        return CAPACITY - used();
    }

    /** Deletes every file; returns how many there were. */
    public synchronized int clear() {
        int n = files.size();
        files.clear();
        return n;
    }

    /** The stored names matching {@code pattern} ({@code *} any run of characters, {@code ?} one), in upload order. */
    public synchronized List<Map.Entry<String, Integer>> list(String pattern) {
        Pattern p = glob(key(pattern));
        return files.entrySet().stream().filter(e -> p.matcher(e.getKey()).matches())
                .map(e -> Map.entry(e.getKey(), e.getValue().length)).toList();
    }

    private static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** A name a file can be stored under: not empty, at most {@value #MAX_NAME} characters, no wildcard. */
    public static boolean validName(String name) {
        String k = key(name);
        return !k.isEmpty() && name.length() <= MAX_NAME && k.indexOf('*') < 0 && k.indexOf('?') < 0;
    }
}
