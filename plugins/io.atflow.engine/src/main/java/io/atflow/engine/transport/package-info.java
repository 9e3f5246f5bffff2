/**
 * Transports: byte pipes to a module.
 *
 * <ul>
 * <li>{@link io.atflow.engine.transport.Transport}: open, blocking {@code read} (returns 0 after a poll interval,
 * -1 at end of stream), {@code write}, {@code close} from any thread, {@code describe()}.</li>
 * <li>{@link io.atflow.engine.transport.SerialTransport} (jSerialComm; semi-blocking reads with a 200 ms poll, so
 * closing and an unplugged device are noticed promptly), {@link io.atflow.engine.transport.TcpTransport}
 * ({@code tcp://host:port} or {@code socket://host:port}: raw TCP, TCP_NODELAY),
 * {@link io.atflow.engine.transport.Rfc2217Transport} ({@code rfc2217://host:port}: a serial port behind an RFC 2217
 * server such as ser2net; bounded negotiations, unanswered ones are warnings) and
 * {@link io.atflow.engine.transport.StreamTransport} (an in-process pipe over any stream pair, e.g. the simulated
 * module).</li>
 * <li>{@link io.atflow.engine.transport.SerialSettings}: {@code "115200 8N1 rtscts"} ⇄ record.</li>
 * <li>{@link io.atflow.engine.transport.SerialPorts#list()}: ports with descriptions; Quectel USB interfaces are
 * named by role ({@code Quectel EC25 AT port}).</li>
 * <li>{@link io.atflow.engine.transport.TransportSpec#parse}: {@code sim} | {@code tcp://host:port} |
 * {@code socket://host:port} | {@code rfc2217://host:port} | serial name; callers map {@code sim} to the
 * simulator.</li>
 * </ul>
 * Every failure is a {@link io.atflow.engine.transport.TransportException} with one sentence naming the port and
 * what to change. Known limit: a serial write held back by hardware flow control (CTS never asserted) blocks the
 * writing thread until the port is closed or the line is asserted.
 */
package io.atflow.engine.transport;
