/**
 * The session façade: {@link io.atflow.engine.session.Session#open} a transport with a
 * {@link io.atflow.engine.session.SessionConfig} (transcript file, secrets, channel rules); {@code execute},
 * {@code await}, {@code subscribe}, {@code abort}, {@code close}; {@link io.atflow.engine.session.SessionListener}
 * events (sent, received with classification, urc, result, closed), masked and delivered on the session's event
 * thread so listeners never block the reader (URCs and the end at once; bytes sent, lines and results within a
 * millisecond, a burst of them at once).
 */
package io.atflow.engine.session;
