package io.atflow.engine.transcript;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replaces secrets (device and product secrets, passwords, tokens: the set the caller gives, plus any added later)
 * with {@link #MASK} in human-facing text and bytes. Thread-safe; {@link #add} may be called at any time.
 * {@link #stream()} masks a byte stream chunk by chunk, also when a secret is split across two chunks.
 *
 * <p>
 * With {@link CredentialFields}, the values of credential keys are masked wherever they appear and learned: they are
 * added as secrets (when at least {@link #MIN_LEARNED} characters long) and reported to the
 * {@linkplain #onLearned listener}, so the value is masked everywhere from then on.
 */
public final class SecretMasker {
    /** What a secret becomes. */
    public static final String MASK = "****";
    /** Shortest value of a credential field that is learned as a secret (shorter ones would mask ordinary text). */
    public static final int MIN_LEARNED = 4;
    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.US_ASCII);

    private final CredentialFields fields;
    private volatile Consumer<String> learned = v -> { };

    private volatile String[] texts = new String[0];
    private volatile byte[][] secrets = new byte[0][];
    private volatile int longest;

    public SecretMasker(Collection<String> secrets) {
        this(secrets, CredentialFields.NONE);
    }

    public SecretMasker(Collection<String> secrets, CredentialFields fields) {
        this.fields = fields;
        secrets.forEach(this::add);
    }

    /** Who hears of values learned from credential fields, once each (on the thread that masked them). */
    public void onLearned(Consumer<String> listener) {
        learned = listener;
    }

    public static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    /** Adds a secret (blank values are ignored); true when it was new. Longer secrets are matched first. */
    public synchronized boolean add(String secret) {
        if (secret == null || secret.isBlank() || Arrays.asList(texts).contains(secret)) {
            return false;
        }
        List<String> all = new ArrayList<>(Arrays.asList(texts));
        all.add(secret);
        all.sort(Comparator.comparingInt(String::length).reversed());
        byte[][] bytes = all.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        texts = all.toArray(String[]::new);
        secrets = bytes;
        longest = Arrays.stream(bytes).mapToInt(b -> b.length).max().orElse(0);
        return true;
    }

    public boolean isEmpty() {
        return texts.length == 0;
    }

    public String mask(String text) {
        String result = fields.mask(text, this::learn);
        for (String s : texts) {
            if (result.contains(s)) {
                result = result.replace(s, MASK);
            }
        }
        return result;
    }

    public byte[] mask(byte[] data, int offset, int length) {
        byte[] fielded = maskFields(data, offset, length);
        return fielded == null ? maskSecrets(data, offset, length) : maskSecrets(fielded, 0, fielded.length);
    }

    /** The bytes with credential fields masked, or null when there are none. */
    private byte[] maskFields(byte[] data, int offset, int length) {
        if (fields == CredentialFields.NONE) {
            return null;
        }
        // ISO-8859-1 maps bytes one to one, so noise survives and the ASCII keys still match
        String latin = new String(data, offset, length, StandardCharsets.ISO_8859_1);
        String masked = fields.mask(latin, v -> learn(new String(v.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8)));
        return masked.equals(latin) ? null : masked.getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] maskSecrets(byte[] data, int offset, int length) {
        byte[][] all = secrets;
        if (all.length == 0) {
            return Arrays.copyOfRange(data, offset, offset + length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            byte[] s = matchAt(all, data, i, end);
            if (s != null) {
                out.writeBytes(MASK_BYTES);
                i += s.length;
            } else {
                out.write(data[i++]);
            }
        }
        return out.toByteArray();
    }

    private void learn(String value) {
        if (value.strip().length() >= MIN_LEARNED && add(value)) {
            learned.accept(value);
        }
    }

    /** A masker for one byte stream that holds back a chunk's tail while it may be the start of a secret. */
    public Stream stream() {
        return new Stream();
    }

    static byte[] matchAt(byte[][] all, byte[] data, int at, int end) {
        for (byte[] s : all) {
            if (s[0] == data[at] && at + s.length <= end && Arrays.equals(data, at, at + s.length, s, 0, s.length)) {
                return s;
            }
        }
        return null;
    }

    /** Masking state of one stream; not thread-safe. */
    public final class Stream {
        private byte[] held = new byte[0];
        /** True while the stream is inside the value of a credential field cut by a chunk boundary. */
        private boolean inValue;

        private Stream() {
        }

        /**
         * Masks {@code held + data} and returns what is safe to show now; keeps a possible secret start. A credential
         * field cut by the chunk's end is masked from its value to the closing quote in the chunks that follow, so
         * nothing of it is shown before its value is known.
         */
        public byte[] feed(byte[] data, int offset, int length) {
            byte[] buf = new byte[held.length + length];
            System.arraycopy(held, 0, buf, 0, held.length);
            System.arraycopy(data, offset, buf, held.length, length);
            if (inValue) {
                int end = CredentialFields.valueEnd(new String(buf, StandardCharsets.ISO_8859_1));
                held = new byte[0];
                if (end < 0) {
                    return new byte[0];
                }
                inValue = false;
                buf = Arrays.copyOfRange(buf, end, buf.length);
            }
            String text = new String(buf, StandardCharsets.ISO_8859_1);
            int open = fields.openValue(text);
            int hold = open >= 0 ? buf.length : Math.min(holdFrom(buf), fields.unfinishedFrom(text));
            open = open >= 0 ? open : fields.openValue(text.substring(0, hold));
            held = Arrays.copyOfRange(buf, hold, buf.length);
            if (open < 0) {
                return mask(buf, 0, hold);
            }
            inValue = true;
            ByteArrayOutputStream out = new ByteArrayOutputStream(open + MASK_BYTES.length);
            out.writeBytes(mask(buf, 0, open));
            out.writeBytes(MASK_BYTES);
            return out.toByteArray();
        }

        /** The bytes still held, masked entirely when they are at least 3 bytes of a secret's start. */
        public byte[] finish() {
            byte[] rest = held;
            held = new byte[0];
            return rest.length >= 3 ? MASK_BYTES.clone() : rest;
        }

        /** The start of the shortest tail that is a proper prefix of a secret, after the last complete match. */
        private int holdFrom(byte[] buf) {
            byte[][] all = secrets;
            int afterMatches = 0;
            for (int i = 0; i < buf.length;) {
                byte[] s = all.length == 0 ? null : matchAt(all, buf, i, buf.length);
                if (s != null) {
                    i += s.length;
                    afterMatches = i;
                } else {
                    i++;
                }
            }
            for (int j = Math.max(afterMatches, buf.length - longest + 1); j < buf.length; j++) {
                if (isProperPrefix(all, buf, j)) {
                    return j;
                }
            }
            return buf.length;
        }

        private boolean isProperPrefix(byte[][] all, byte[] buf, int from) {
            int n = buf.length - from;
            for (byte[] s : all) {
                if (n < s.length && Arrays.equals(buf, from, buf.length, s, 0, n)) {
                    return true;
                }
            }
            return false;
        }
    }
}
