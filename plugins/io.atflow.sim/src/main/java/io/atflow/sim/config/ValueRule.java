package io.atflow.sim.config;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;

/** How one value of an AT+QCFG setting is written: checks the argument and gives the value as the read form prints it. */
interface ValueRule {

    String check(Args args, int index) throws BadArgs;

    /** A decimal number in [min, max]. */
    static ValueRule range(int min, int max) {
        return (a, i) -> Integer.toString(a.integer(i, min, max));
    }

    /** One of a list of words; printed in double quotes when {@code quoted} ("pulse"). */
    static ValueRule oneOf(boolean quoted, String... values) {
        List<String> allowed = List.of(values);
        return (a, i) -> {
            String v = a.string(i);
            if (!allowed.contains(v)) {
                throw new BadArgs("parameter " + (i + 1) + " must be one of " + allowed);
            }
            return quoted ? "\"" + v + "\"" : v;
        };
    }

    /** A band mask in hex, with or without 0x (at most 128 bits); printed as 0x and lower-case digits. */
    static ValueRule hexMask() {
        return (a, i) -> {
            String v = a.string(i).toLowerCase(Locale.ROOT);
            String digits = v.startsWith("0x") ? v.substring(2) : v;
            if (!digits.matches("[0-9a-f]{1,32}")) {
                throw new BadArgs("parameter " + (i + 1) + " is not a hex band mask");
            }
            return "0x" + new BigInteger(digits, 16).toString(16);
        };
    }

    /** A RAT search order: two-digit codes from 00 to {@code maxCode}, e.g. 020301. */
    static ValueRule scanSequence(int maxCode) {
        return (a, i) -> {
            String v = a.string(i);
            if (!v.matches("([0-9]{2}){1,6}")) {
                throw new BadArgs("parameter " + (i + 1) + " is not a search order such as 020301");
            }
            for (int k = 0; k < v.length(); k += 2) {
                if (Integer.parseInt(v.substring(k, k + 2)) > maxCode) {
                    throw new BadArgs("parameter " + (i + 1) + " names an unknown RAT");
                }
            }
            return v;
        };
    }
}
