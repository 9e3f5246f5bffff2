package io.atflow.engine.transport;

/** Number of serial stop bits; the text is the one used in frame strings such as {@code 8N1} or {@code 8N1.5}. */
public enum StopBits {
    ONE("1"), ONE_POINT_FIVE("1.5"), TWO("2");

    private final String text;

    StopBits(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static StopBits ofText(String s) {
        for (StopBits b : values()) {
            if (b.text.equals(s)) {
                return b;
            }
        }
        return null;
    }
}
