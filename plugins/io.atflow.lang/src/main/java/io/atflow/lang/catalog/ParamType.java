package io.atflow.lang.catalog;

/** The value type of an AT command parameter. */
public enum ParamType {
    /** A decimal integer, optionally with a range. */
    INT,
    /** A text, normally quoted. */
    STRING,
    /** One of a fixed list of values. */
    ENUM
}
