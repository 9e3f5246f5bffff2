/**
 * The URC bus: {@link io.atflow.engine.urc.UrcBus#subscribe} (filter + handler; handlers run on the bus's own
 * thread in arrival order; {@link io.atflow.engine.urc.Subscription} pause holds matching URCs and resume delivers
 * them in order; cancel) and {@link io.atflow.engine.urc.UrcBus#await} with a timeout.
 *
 * <p>
 * Backlog: every URC not taken by a waiting await is kept (the last {@value io.atflow.engine.urc.UrcBus#BACKLOG_LIMIT});
 * an await first consumes the oldest matching backlog entry, so a delayed result that arrives right after
 * {@code OK} and before the script reaches its await is not lost, and each URC is returned by one await only. When
 * a command that can produce delayed results is sent, backlog entries with those names are dropped (they belong to
 * an earlier command).
 */
package io.atflow.engine.urc;
