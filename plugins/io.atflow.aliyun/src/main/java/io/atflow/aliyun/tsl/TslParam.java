package io.atflow.aliyun.tsl;

/** A named value of a thing model: a property, a struct member, an event's output or a service's input/output. */
public record TslParam(String identifier, String name, TslType type) {
}
