package io.atflow.lang.robustness;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded mutation generator for script bytes: flips, deletions, duplications, and insertions of tokens that stress
 * the lexer (quotes, braces, placeholders, comment starts) and random bytes, including invalid UTF-8.
 */
public final class Mutator {
    static final List<byte[]> DICTIONARY = List.of("\"", "\"\"\"", "${", "}", "{", "(", ")", "/*", "//", "/", "\\",
            "AT+", "+QMTOPEN: ", "send ", "await ", "on ", "step \"s\" {", "if ", " else ", "not ", "\n", "\r\n", " ",
            "secret(", "json(", ".", "=", "==", "-", "9999999999999999999999", "\u00e9", "\uD83D\uDE00", "\t", ",", "|",
            "ctrlz", "prompt ", "within 0s", "timeout 1h", "retry 9", "include \"x.atflow\"", "device d {", "OK", "\0")
            .stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

    private final SplittableRandom random;

    public Mutator(long seed) {
        random = new SplittableRandom(seed);
    }

    public byte[] mutate(byte[] input) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(8);
        for (int i = 0; i < rounds; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        int pos = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        return switch (random.nextInt(6)) {
            case 0 -> insert(in, pos, DICTIONARY.get(random.nextInt(DICTIONARY.size())));
            case 1 -> insert(in, pos, new byte[] { (byte) random.nextInt(256) });
            case 2 -> delete(in, pos, random.nextInt(1 + Math.min(64, in.length)));
            case 3 -> duplicate(in, pos, random.nextInt(1 + Math.min(256, in.length)));
            case 4 -> flip(in, pos);
            default -> insert(in, pos, repeat(DICTIONARY.get(random.nextInt(DICTIONARY.size())), 1 + random.nextInt(100)));
        };
    }

    private static byte[] insert(byte[] in, int pos, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, pos);
        System.arraycopy(what, 0, out, pos, what.length);
        System.arraycopy(in, pos, out, pos + what.length, in.length - pos);
        return out;
    }

    private static byte[] delete(byte[] in, int pos, int n) {
        int end = Math.min(in.length, pos + n);
        byte[] out = new byte[in.length - (end - pos)];
        System.arraycopy(in, 0, out, 0, pos);
        System.arraycopy(in, end, out, pos, in.length - end);
        return out;
    }

    private static byte[] duplicate(byte[] in, int pos, int n) {
        int end = Math.min(in.length, pos + n);
        return insert(in, end, Arrays.copyOfRange(in, pos, end));
    }

    private byte[] flip(byte[] in, int pos) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        out[Math.min(pos, in.length - 1)] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private static byte[] repeat(byte[] what, int n) {
        byte[] out = new byte[what.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(what, 0, out, i * what.length, what.length);
        }
        return out;
    }
}
