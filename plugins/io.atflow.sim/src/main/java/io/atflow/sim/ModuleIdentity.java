package io.atflow.sim;

import java.util.List;
import java.util.Objects;

/**
 * What a module says about itself: {@code ATI} ({@code Quectel}, model, {@code Revision: <revision>}),
 * {@code AT+CGMI}/{@code AT+GMI} (manufacturer), {@code AT+CGMM}/{@code AT+GMM} (model), {@code AT+CGMR}/{@code AT+GMR}
 * (revision) and {@code AT+QGMR} (revision with the build, e.g. {@code BG95M3LAR02A03_01.011.01.011}).
 */
public record ModuleIdentity(String model, String revision, String build) {
    public static final String MANUFACTURER = "Quectel";

    public ModuleIdentity {
        Objects.requireNonNull(model);
        Objects.requireNonNull(revision);
        Objects.requireNonNull(build);
    }

    /** The lines of {@code ATI}. */
    public List<String> ati() {
        return List.of(MANUFACTURER, model, "Revision: " + revision);
    }
}
