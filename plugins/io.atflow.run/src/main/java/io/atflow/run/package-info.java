/**
 * The ATFlow interpreter: runs a parsed {@code .atflow} script on the engine against a {@link io.atflow.run.RunTarget}
 * (a TCP endpoint, a serial port, or one a {@link io.atflow.run.TargetProvider} contributes: the simulated module of
 * {@code io.atflow.sim}) and reports what happens as {@link io.atflow.run.RunEvent}s.
 *
 * <h2>Use</h2>
 * {@link io.atflow.run.ScriptRunner#builder()}: {@code script(Path | LoadedScript)}, {@code target(RunTarget)},
 * {@code opened(OpenTarget)}, {@code secrets(SecretResolver)} (asked before the target's and the headless ones),
 * {@code variable(name, value)}, {@code transcript(Path)}, {@code listener(RunListener)} (several),
 * {@code scriptTimeout}/{@code commandTimeout}/{@code retryPause}; {@code start()} gives a
 * {@link io.atflow.run.RunHandle} ({@code abort()}, {@code await()}, {@code isDone()}, {@code target()}), {@code run()}
 * waits for the {@link io.atflow.run.RunResult} ({@link io.atflow.run.Verdict} {@code PASSED}, {@code FAILED},
 * {@code ABORTED}, {@code ERROR}; a message; {@code file:line}; elapsed time).
 *
 * <h2>Events</h2>
 * Listeners get every event in the order it happened, one at a time, on the run's event thread (never on the thread
 * that reads the module or runs the script; posting never blocks); texts are masked. Order: {@code RunStarted},
 * then per statement {@code StepStarted}, {@code Sent}, {@code Received}, {@code UrcReceived} (with the catalog's
 * meaning of its codes), {@code CommandFinished}, {@code HandlerFired}, {@code LogMessage}, {@code StepFinished};
 * {@code RunFinished} is always last. The interpreter keeps its own events behind the engine's (a command's
 * {@code OK} is delivered before the step that sent it passes).
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li><b>Order.</b> Top-level statements and steps run in file order; {@code include "f"} runs the included file's
 * steps and statements where it is included (a file including itself is an error). Devices, products and payloads
 * are declarations, known from the start and evaluated when read; {@code var}, {@code set}, captures and
 * {@code receive} bind names when they run. Reading a name before it has a value fails the statement.
 * {@link io.atflow.run.ScriptRunner.Builder#variable Variables given from outside} ({@code --var k=v}) replace the
 * default of {@code var k = ...}; naming a variable the script does not declare is an {@code ERROR}.</li>
 * <li><b>send.</b> The command line is rendered ({@code ${...}}) and sent; the engine learns from the catalog which
 * {@code +NAME:} lines are its answer and which are delayed results for the URC bus. Without {@code expect} the final
 * result must be {@code OK}. With {@code expect P} some answer line up to and including the final result must match
 * P ({@code expect ERROR}, {@code expect +CME ERROR: {code}} accept an error); for a prefixed P the final result must
 * also be {@code OK}. A P naming a delayed result or an unsolicited code ({@code +QMTOPEN}, {@code +QMTRECV}) is
 * awaited after the {@code OK}, within the command's own timeout or else the time the catalog gives that result
 * (75 s for {@code +QMTOPEN}). Captures bind variables.</li>
 * <li><b>Data.</b> {@code prompt X} writes exactly X after {@code >} (its length must equal the length the command
 * announces, e.g. AT+QMTPUBEX's last argument, else the statement fails before sending); {@code prompt X ctrlz} ends
 * X with Ctrl-Z (AT+QMTPUB); {@code connect X} writes X after {@code CONNECT} (AT+QHTTPURL, AT+QHTTPPOST, length
 * checked likewise); {@code receive name} binds the data the module sends after {@code CONNECT} (AT+QHTTPREAD).</li>
 * <li><b>await P within D.</b> Uses the engine's await: a URC that arrived before the await is not lost, and each
 * URC satisfies one await. Without {@code within} the step's (or script's) remaining time applies. An await of a
 * delayed result ends at once when the module reports another outcome of the same operation (same client index and
 * message id; a retransmission report does not count): {@code expected +QMTCONN: 0,0,0 within 10s, got
 * +QMTCONN: 0,0,4 (bad user name or password)}. A timeout names the last URC of that kind that came instead.</li>
 * <li><b>on P body.</b> A handler is active from the moment the run reaches it until the run ends (write it at the
 * top to cover the whole run). It runs on the engine's URC thread, in arrival order, for each matching URC that no
 * pending await took; its captures bind variables. A {@code fail} in a handler ends the run at once ({@code FAILED}
 * at the handler's line, the URC and its meaning in the message); pending commands and awaits are cut short.</li>
 * <li><b>Timeouts.</b> Script: {@code timeout D} of the main script (default
 * {@value io.atflow.run.ScriptRunner#DEFAULT_SCRIPT_TIMEOUT_TEXT}), a step: {@code step ... timeout D}, a command:
 * {@code send ... timeout D} (default 10 s or {@code commandTimeout}), an await: {@code within D}. Every wait is cut
 * to the enclosing step's and script's remaining time; a timeout that comes from the enclosing limit names it
 * ({@code step "open" took longer than its timeout of 90s (while waiting for +QMTOPEN: 0,{result})}).</li>
 * <li><b>retry N.</b> A step or command that fails is run again up to N more times after a pause (default 1 s);
 * aborts, handler failures, configuration errors and the script's timeout are not retried.</li>
 * <li><b>Expressions.</b> {@code ==}/{@code !=}/{@code <}... compare numerically when both sides are numbers
 * ({@code json(reply).code == "200"}), else as text; {@code matches} finds a regular expression; {@code and},
 * {@code or}, {@code not} need true/false. {@code json(x).a.b} reads JSON (a missing field fails, naming the text);
 * {@code len(x)} counts UTF-8 bytes; {@code env(name)} reads the environment; {@code now()} gives epoch
 * milliseconds.</li>
 * <li><b>Secrets.</b> {@code secret("name")} asks the runner's resolvers, then the target's (for the simulator its
 * platform registry: {@code pk/dn} is the DeviceSecret, {@code pk} the ProductSecret), then the environment
 * ({@code ATFLOW_SECRET_<NAME>}) and {@code .atflow-secrets} next to the script or in the working directory. A
 * missing secret is an {@code ERROR} naming where to put it. Values are masked ({@code ****}) in every event, in the
 * transcript and in messages: secrets the script names (resolved before the session opens), credential arguments
 * the catalog marks (AT+QMTCONN's password, the aliauth device secret), values read from JSON credential fields
 * ({@code deviceSecret}, {@code deviceToken}), and for the simulator every secret its platform knows or issues.</li>
 * <li><b>Failures</b> name {@code file:line} of the statement and what was expected versus seen. {@code ERROR} is
 * kept for configuration and connection problems (missing port, refused connection, missing secret, unknown
 * variable, the connection lost during the run).</li>
 * </ul>
 */
package io.atflow.run;
