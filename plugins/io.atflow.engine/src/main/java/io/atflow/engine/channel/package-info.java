/**
 * The AT channel: lines, prompts and results from a byte stream.
 *
 * <p>
 * {@link io.atflow.engine.channel.AtChannel} runs one reader thread per transport; over a transport with bounded
 * reads (a serial port) the caller of {@code execute} reads and frames its own answer, and the reader thread reads
 * between commands (see the class). The framer treats CR, LF, CRLF
 * and LFCR as line ends and drops empty lines (so a module's echo ended by CR alone, {@code AT\r\r\nOK\r\n}, is two
 * lines); recognises {@code >} (no line end, with or without one blank after it) while a prompt payload is expected;
 * ends {@code SEND OK} / {@code SEND FAIL} without a line end while a send command is pending (a BG96 glued
 * {@code SEND OK} to the echo of the next command: {@code SEND OKAT+QIRD=0,0}); cuts lines at
 * {@link io.atflow.engine.channel.ChannelConfig#maxLineBytes()} (64 KiB by default) and reports them; reads
 * length-framed URC payloads ({@code +QMTRECV: 0,1,"t",5,"a\r\nb"}) by length; collects {@code CONNECT} bodies
 * until the final result code.
 *
 * <p>
 * Classification while a command is pending ({@link io.atflow.engine.channel.LineRouter}):
 * <ol>
 * <li>A line equal to the command text is its echo (detected by content, so ATE0/ATE1 may change at any time);
 * so is each line of a prompt payload the module echoes back (once per line sent).</li>
 * <li>After a command that ended without its final code (timeout, abort) on a module that echoed, every line before
 * the new command's echo is the earlier command's late answer and goes to the URC bus.</li>
 * <li>{@code +NAME: ...} is a response only if the command produces {@code +NAME} — by default the names in its
 * text ({@code AT+CSQ} → {@code +CSQ}) — except delayed results ({@code +QMTOPEN}, {@code +QMTCONN}, {@code +QMTSUB},
 * {@code +QMTPUBEX}, {@code +QHTTPPOST}, ... for the write/execute form), which always go to the URC bus.</li>
 * <li>{@code RDY}, {@code POWERED DOWN}, {@code NORMAL POWER DOWN} are URCs and end the pending command with a
 * {@code Mismatch} naming the reason; other configured unsolicited lines and all other {@code +NAME:} lines are URCs,
 * also in the middle of a response.</li>
 * <li>Final result codes end the command ({@link io.atflow.engine.channel.FinalResultCode}); {@code CONNECT} starts
 * the data mode of a command that has one; {@code SEND OK} / {@code SEND FAIL} end only a command that sends data
 * ({@code AT+QISEND}, {@code AT+QISENDEX}, {@code AT+QSSLSEND}, or one with a prompt payload), else they are a late
 * answer and go to the URC bus.</li>
 * <li>Other text lines are intermediate responses; lines with control bytes are noise.</li>
 * </ol>
 * Without a pending command every line is unsolicited. Results are values
 * ({@link io.atflow.engine.channel.CommandResult}): {@code Success}, {@code Mismatch}, {@code Timeout},
 * {@code Aborted}, {@code TransportError}, each with the response lines seen. Prompt payloads are written after
 * {@code >} (Ctrl-Z terminated or exact length), data-mode payloads after {@code CONNECT}; a prompt payload that
 * is asked for but aborted is cancelled with ESC. Known limits: with echo off (ATE0) a stray final result code from a
 * command that timed out may be taken as the next command's result (there is no echo to tell them apart; a stray
 * {@code SEND OK} is not, as only send commands end with it); a plain-text URC unknown to the configuration that
 * arrives during a command is taken as a response line; a {@code CONNECT} body line consisting of {@code OK} ends
 * the body.
 */
package io.atflow.engine.channel;
