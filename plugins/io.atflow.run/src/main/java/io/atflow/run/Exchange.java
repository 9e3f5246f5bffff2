package io.atflow.run;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.atflow.engine.channel.CommandResult;

/**
 * One command of an interactive session.
 *
 * @param command the command as sent, masked
 * @param result  its answer, masked
 * @param late    the delayed result the catalog announces for it ({@code +QMTOPEN: 0,0} after AT+QMTOPEN's
 *                {@code OK}), masked, once it came; empty when the command has none, failed, or the catalog's time
 *                for it passed. It stays in the module's backlog for a later {@code await}.
 */
public record Exchange(String command, CommandResult result, CompletableFuture<Optional<String>> late) {
}
