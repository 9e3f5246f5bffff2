/**
 * The telnet pieces of the RFC 2217 client ({@link io.atflow.engine.transport.Rfc2217Transport}):
 * {@link io.atflow.engine.transport.telnet.TelnetEncoder} and {@link io.atflow.engine.transport.telnet.TelnetDecoder}
 * (IAC escaping both ways, option commands, subnegotiations; RFC 854/855),
 * {@link io.atflow.engine.transport.telnet.OptionNegotiator} (WILL/WONT/DO/DONT without loops, bounded waits) and
 * {@link io.atflow.engine.transport.telnet.ComPort} / {@link io.atflow.engine.transport.telnet.ComPortRequests}
 * (COM-PORT-OPTION commands and their acknowledgements; RFC 2217).
 */
package io.atflow.engine.transport.telnet;
