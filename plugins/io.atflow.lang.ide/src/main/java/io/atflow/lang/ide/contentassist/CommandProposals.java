package io.atflow.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.VariantSpec;
import io.atflow.lang.model.CommandForm;

/** The texts proposed for a command: one per form, one per setting of commands like AT+QMTCFG. */
public final class CommandProposals {
    private CommandProposals() {
    }

    public static List<String> forms(CommandSpec c) {
        return forms(c, v -> true);
    }

    /** The proposals whose settings pass {@code shown} (settings of other module families are left out). */
    public static List<String> forms(CommandSpec c, Predicate<VariantSpec> shown) {
        List<String> out = new ArrayList<>();
        for (CommandForm f : CommandForm.values()) {
            FormSpec spec = c.forms().get(f);
            if (spec == null) {
                continue;
            }
            switch (f) {
                case EXEC -> out.add(c.name());
                case READ -> out.add(c.name() + "?");
                case TEST -> out.add(c.name() + "=?");
                case WRITE -> {
                    if (spec.variants().isEmpty()) {
                        out.add(c.name() + "=");
                    } else {
                        new TreeSet<>(spec.variants().keySet()).stream()
                                .filter(k -> shown.test(spec.variants().get(k)))
                                .forEach(k -> out.add(c.name() + "=\"" + k + "\","));
                    }
                }
            }
        }
        return out;
    }
}
