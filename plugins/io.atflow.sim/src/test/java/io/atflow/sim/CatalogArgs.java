package io.atflow.sim;

import java.util.List;

import io.atflow.lang.catalog.CommandSpec;
import io.atflow.lang.catalog.FormSpec;
import io.atflow.lang.catalog.ParamSpec;
import io.atflow.lang.catalog.VariantSpec;
import io.atflow.lang.model.CommandForm;

/** Command lines for catalog entries: each form as the manuals write it, with arguments that fit or do not. */
final class CatalogArgs {
    private CatalogArgs() {
    }

    static String line(CommandSpec c, CommandForm form, String args) {
        return c.name() + switch (form) {
            case TEST -> "=?";
            case READ -> "?";
            case EXEC -> "";
            case WRITE -> (c.name().startsWith("AT+") ? "=" : "") + args;
        };
    }

    /** Each parameter at its lowest value: an integer's minimum, an enum's first value, the text x. */
    static String fitting(List<ParamSpec> params) {
        StringBuilder b = new StringBuilder();
        for (ParamSpec p : params) {
            String v = switch (p.type()) {
                case INT -> Long.toString(p.min() != null ? p.min() : 0);
                case ENUM -> p.values().get(0);
                case STRING -> "x";
            };
            b.append(b.isEmpty() ? "" : ",").append(p.quoted() ? "\"" + v + "\"" : v);
        }
        return b.toString();
    }

    static String fitting(FormSpec write, VariantSpec v) {
        String rest = fitting(v.params());
        return "\"" + v.key() + "\"" + (rest.isEmpty() ? "" : "," + rest);
    }

    /**
     * Arguments that do not fit: the first bounded integer one above its maximum, else the first enum a value it
     * lacks, else one argument more than the form takes, else none at all for a form that needs some; null when
     * every argument list fits (a form of repeated free texts).
     */
    static String misfitting(FormSpec write) {
        List<ParamSpec> params = write.params();
        for (int i = 0; i < params.size(); i++) {
            ParamSpec p = params.get(i);
            String wrong = switch (p.type()) {
                case INT -> p.max() == null ? null : Long.toString(p.max() + 1);
                case ENUM -> p.quoted() ? "\"zz\"" : "99";
                case STRING -> null;
            };
            if (wrong != null) {
                String[] args = fitting(params).split(",", -1);
                args[i] = wrong;
                return String.join(",", args);
            }
        }
        if (write.repeatLast() == 0) {
            return fitting(params) + (params.isEmpty() ? "1" : ",1");
        }
        return write.minArgs() > 0 ? "" : null;
    }
}
