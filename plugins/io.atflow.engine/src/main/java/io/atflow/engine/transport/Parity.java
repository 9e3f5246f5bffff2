package io.atflow.engine.transport;

/** Serial parity; the letter is the one used in frame strings such as {@code 8N1}. */
public enum Parity {
    NONE('N'), ODD('O'), EVEN('E'), MARK('M'), SPACE('S');

    private final char letter;

    Parity(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    static Parity ofLetter(char c) {
        for (Parity p : values()) {
            if (p.letter == Character.toUpperCase(c)) {
                return p;
            }
        }
        return null;
    }
}
