package io.atflow.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.model.CommandForm;

/** The texts proposed for a command: one per form, one per setting of commands like AT+QMTCFG. */
public final class CommandProposals {
    private CommandProposals() {
    }

    public static List<String> forms(CommandSpec c) {
        return forms(c, null);
    }

    /** The proposals for {@code profile} ({@code null}: all): settings of other module families are left out. */
    public static List<String> forms(CommandSpec c, String profile) {
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
                                .filter(k -> spec.variants().get(k).availableIn(profile))
                                .forEach(k -> out.add(c.name() + "=\"" + k + "\","));
                    }
                }
            }
        }
        return out;
    }
}
