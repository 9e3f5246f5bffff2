package io.atflow.sim.at;

import java.util.List;

/** Typed access to a command's parameters; every violation is a {@link BadArgs}. */
public final class Args {
    private final List<AtArg> list;

    Args(List<AtArg> list) {
        this.list = list;
    }

    public int size() {
        return list.size();
    }

    /** The parameter is there and not omitted. */
    public boolean has(int index) {
        return index < list.size() && !list.get(index).omitted();
    }

    public Args count(int min, int max) throws BadArgs {
        if (list.size() < min || list.size() > max) {
            throw new BadArgs("expected " + min + " to " + max + " parameters, got " + list.size());
        }
        return this;
    }

    /** A string parameter; modules accept it with or without quotes. */
    public String string(int index) throws BadArgs {
        if (index >= list.size()) {
            throw new BadArgs("parameter " + (index + 1) + " is missing");
        }
        return list.get(index).text();
    }

    public String string(int index, int maxLength) throws BadArgs {
        String s = string(index);
        if (s.length() > maxLength) {
            throw new BadArgs("parameter " + (index + 1) + " is longer than " + maxLength);
        }
        return s;
    }

    public String stringOr(int index, String fallback) throws BadArgs {
        return has(index) ? string(index) : fallback;
    }

    /** A decimal integer parameter, unquoted, within [min, max]. */
    public int integer(int index, int min, int max) throws BadArgs {
        if (!has(index)) {
            throw new BadArgs("parameter " + (index + 1) + " is missing");
        }
        AtArg arg = list.get(index);
        if (arg.quoted()) {
            throw new BadArgs("parameter " + (index + 1) + " must be a number without quotes");
        }
        try {
            long value = Long.parseLong(arg.text());
            if (value < min || value > max) {
                throw new BadArgs("parameter " + (index + 1) + " must be " + min + ".." + max);
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw new BadArgs("parameter " + (index + 1) + " is not a number");
        }
    }

    public int integerOr(int index, int min, int max, int fallback) throws BadArgs {
        return has(index) ? integer(index, min, max) : fallback;
    }
}
