package io.atflow.lang.catalog;

import java.util.List;

import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;

/**
 * A data mode that depends on how a form is written: {@code AT+QISEND=<id>} ends its data with Ctrl-Z,
 * {@code AT+QISEND=<id>,<len>} sends exactly len bytes, {@code AT+QISEND=<id>,0} sends nothing (it queries).
 *
 * @param args   the argument counts this case applies to; empty: any
 * @param param  the index of the argument compared with {@code equals}, or -1
 * @param equals the value that argument must have (written as a constant)
 * @param data   the data mode in this case
 */
public record DataCase(List<Integer> args, int param, String equals, DataMode data) {

    public DataCase {
        args = List.copyOf(args);
    }

    public boolean matches(AtCommandText cmd) {
        if (!args.isEmpty() && !args.contains(cmd.args().size())) {
            return false;
        }
        if (param < 0) {
            return true;
        }
        AtArgument a = cmd.arg(param);
        return a != null && a.template().isConstant() && a.value().equals(equals);
    }
}
