package io.atflow.launch.ui.console;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import io.atflow.run.RunEventText.Kind;

/** Colour and font style of each kind of console line (readable on the light and the dark theme). */
public final class ConsoleStyles {
    private ConsoleStyles() {
    }

    /** The colour of {@code kind}, or null for the console's default foreground. */
    public static RGB rgb(Kind kind) {
        return switch (kind) {
            case TX -> new RGB(0x1f, 0x6f, 0xd2);
            case RX -> null;
            case URC -> new RGB(0xa0, 0x3c, 0xc8);
            case INFO -> new RGB(0x80, 0x80, 0x80);
            case PASS, VERDICT_PASS -> new RGB(0x1e, 0x96, 0x3c);
            case FAIL, VERDICT_FAIL -> new RGB(0xd2, 0x2d, 0x2d);
        };
    }

    public static Color color(Kind kind) {
        RGB rgb = rgb(kind);
        return rgb == null ? null : new Color(rgb);
    }

    /** {@link SWT#BOLD} for verdicts, {@link SWT#NORMAL} otherwise. */
    public static int fontStyle(Kind kind) {
        return kind == Kind.VERDICT_PASS || kind == Kind.VERDICT_FAIL ? SWT.BOLD : SWT.NORMAL;
    }
}
