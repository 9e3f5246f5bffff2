package io.atflow.sim.config;

import java.util.ArrayList;
import java.util.List;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;

/**
 * One AT+QCFG setting, kept in the module's NV (it survives AT+CFUN=1,1 and reboots): its current values as the
 * read form prints them, the rule of each written value, whether a trailing {@code <effect>} (0 after a restart, 1 at
 * once; the simulator applies both at once) may follow, and the ranges the test form prints. Module thread only.
 */
final class QcfgSetting {
    final String name;
    final String ranges;
    private final List<ValueRule> rules;
    private final boolean effect;
    private final List<String> values;

    QcfgSetting(String name, String ranges, List<ValueRule> rules, boolean effect, List<String> defaults) {
        this.name = name;
        this.ranges = ranges;
        this.rules = List.copyOf(rules);
        this.effect = effect;
        this.values = new ArrayList<>(defaults);
    }

    /** The values as the read form prints them after the name. */
    String values() {
        return String.join(",", values);
    }

    /** Sets the values given after the name (argument 1 on); omitted values keep theirs. All or nothing. */
    void write(Args a) throws BadArgs {
        int given = a.size() - 1;
        a.count(2, 1 + rules.size() + (effect ? 1 : 0));
        List<String> next = new ArrayList<>(values);
        for (int i = 0; i < Math.min(given, rules.size()); i++) {
            if (a.has(i + 1)) {
                next.set(i, rules.get(i).check(a, i + 1));
            }
        }
        if (given > rules.size()) {
            a.integer(rules.size() + 1, 0, 1);
        }
        values.clear();
        values.addAll(next);
    }
}
