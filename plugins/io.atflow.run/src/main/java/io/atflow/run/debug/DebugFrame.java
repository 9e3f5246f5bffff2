package io.atflow.run.debug;

import java.nio.file.Path;

/**
 * One frame of a suspended run, innermost first: the statement, the step or block it is in, an included file's
 * statements, a firing {@code on} handler. Ids are unique within one suspension.
 *
 * @param name e.g. {@code send AT+QMTOPEN=0,...}, {@code step "connect"}, {@code include "common.atflow"},
 *             {@code on +QMTSTAT: ...}, {@code script 7-property-post.atflow}
 */
public record DebugFrame(int id, String name, Path file, int line) {
}
