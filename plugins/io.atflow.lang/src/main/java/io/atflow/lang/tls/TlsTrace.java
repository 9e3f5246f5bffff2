package io.atflow.lang.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;

import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.CommandForm;
import io.atflow.lang.model.StaticEvaluator;

/**
 * Follows a script's TLS set-up in the order its {@code send} statements are written (handlers left out: they run at
 * unknown times): AT+QFUPL/AT+QFDEL, AT+QSSLCFG, AT+QMTCFG="ssl", AT+CCLK/AT+QNTP, AT+QMTOPEN and AT+QMTCONN, and
 * reports what a module would stumble over ({@link TlsFinding.Kind}). Used by the validator and the quick fixes.
 */
public final class TlsTrace {
    /** The NTP server of the clock fix: Alibaba Cloud's public one. */
    public static final String NTP_SERVER = "ntp.aliyun.com";
    private static final Pattern SECUREMODE = Pattern.compile("securemode=(-?\\d+)");
    private final StaticEvaluator eval;
    private final TlsState state = new TlsState();
    private final List<TlsFinding> findings = new ArrayList<>();

    private TlsTrace(StaticEvaluator eval) {
        this.eval = eval;
    }

    public static List<TlsFinding> of(Script script, StaticEvaluator eval) {
        TlsTrace trace = new TlsTrace(eval);
        for (Send send : EcoreUtil2.eAllOfType(script, Send.class)) {
            if (send.getCommand() != null && EcoreUtil2.getContainerOfType(send, Handler.class) == null) {
                trace.step(send, AtCommandText.parse(send.getCommand()));
            }
        }
        return List.copyOf(trace.findings);
    }

    private void step(Send send, AtCommandText cmd) {
        if (cmd.form() != CommandForm.WRITE) {
            return;
        }
        switch (cmd.name()) {
            case "AT+QFUPL" -> upload(send, cmd);
            case "AT+QFDEL" -> text(cmd, 0).ifPresent(n -> state.uploaded.remove(TlsState.fileKey(n)));
            case "AT+CCLK", "AT+QNTP" -> state.clockSet = true;
            case "AT+QSSLCFG" -> sslConfig(send, cmd);
            case "AT+QMTCFG" -> {
                if ("ssl".equals(cmd.subKey())) {
                    mqttSsl(send, cmd);
                }
            }
            case "AT+QMTOPEN" -> open(send, cmd);
            case "AT+QMTCONN" -> connect(send, cmd);
            default -> {
            }
        }
    }

    private void upload(Send send, AtCommandText cmd) {
        Optional<String> name = text(cmd, 0);
        if (name.isPresent() && !state.uploaded.add(TlsState.fileKey(name.get()))) {
            findings.add(TlsFinding.at(TlsFinding.Kind.FILE_EXISTS, send, cmd.arg(0), "the file " + name.get()
                    + " is already uploaded above; the module refuses a second AT+QFUPL of it with +CME ERROR: 407"
                    + " (delete it first with AT+QFDEL)").inserting(send, "send AT+QFDEL=\"" + name.get() + "\""));
        }
    }

    private void sslConfig(Send send, AtCommandText cmd) {
        Optional<Integer> id = number(cmd, 1);
        String type = cmd.subKey();
        if (id.isEmpty() || type == null || cmd.args().size() < 3) {
            return;
        }
        TlsState.Context c = state.configured.computeIfAbsent(id.get(), i -> new TlsState.Context());
        List<Send> early = state.usedUnconfigured.remove(id.get());
        if (early != null) {
            findings.add(TlsFinding.at(TlsFinding.Kind.CONTEXT_LATE, send, cmd.arg(1), "SSL context " + id.get()
                    + " is configured after the AT+QMTOPEN that uses it; move its AT+QSSLCFG lines before it"));
        }
        switch (type) {
            case "seclevel" -> number(cmd, 2).ifPresent(v -> c.secLevel = v);
            case "ignorelocaltime" -> number(cmd, 2).ifPresent(v -> c.ignoreLocalTime = v != 0);
            case "cacert", "clientcert", "clientkey" -> file(send, cmd);
            default -> {
            }
        }
    }

    private void file(Send send, AtCommandText cmd) {
        Optional<String> name = text(cmd, 2);
        if (name.isEmpty() || state.uploaded.contains(TlsState.fileKey(name.get()))) {
            return;
        }
        TlsFinding f = TlsFinding.at(TlsFinding.Kind.FILE_NOT_UPLOADED, send, cmd.arg(2), "the file " + name.get()
                + " is not uploaded by this script (AT+QFUPL=\"" + name.get() + "\",...); unless it is already on"
                + " the module, the TLS handshake fails with +QMTOPEN: <idx>,-1");
        if (state.uploaded.size() == 1) {
            String only = state.uploaded.iterator().next();
            String prefix = name.get().regionMatches(true, 0, "UFS:", 0, 4) ? name.get().substring(0, 4) : "";
            f = f.replacing("\"" + prefix + only + "\"");
        }
        findings.add(f);
    }

    private void mqttSsl(Send send, AtCommandText cmd) {
        Optional<Integer> index = number(cmd, 1);
        Optional<Integer> enable = number(cmd, 2);
        if (index.isEmpty() || enable.isEmpty()) {
            return;
        }
        TlsState.Client c = state.client(index.get());
        c.ssl = enable.get() == 1;
        c.context = number(cmd, 3).orElse(0);
        c.sslSend = send;
        c.contextArg = cmd.arg(3);
    }

    private void open(Send send, AtCommandText cmd) {
        Optional<Integer> index = number(cmd, 0);
        if (index.isEmpty()) {
            return;
        }
        TlsState.Client c = state.client(index.get());
        c.openSend = send;
        c.openedWithSsl = c.ssl;
        if (!c.ssl) {
            return;
        }
        TlsState.Context ctx = state.configured.get(c.context);
        if (ctx == null) {
            state.usedBeforeConfigured(c.context, send);
            if (!state.configured.isEmpty() && c.contextArg != null) {
                TlsFinding f = TlsFinding.at(TlsFinding.Kind.CONTEXT_MISMATCH, c.sslSend, c.contextArg, "MQTT client "
                        + index.get() + " uses SSL context " + c.context + ", but AT+QSSLCFG configured "
                        + state.configured.keySet() + "; context " + c.context + " keeps its power-up settings"
                        + " (seclevel 0, no authentication): the connection opens without checking the server and"
                        + " what AT+QSSLCFG set for " + state.configured.keySet() + " does not apply");
                int only = state.onlyConfigured();
                findings.add(only >= 0 ? f.replacing(Integer.toString(only)) : f);
            }
            return;
        }
        if (ctx.secLevel > 0 && !ctx.ignoreLocalTime && !state.clockSet) {
            findings.add(TlsFinding.at(TlsFinding.Kind.CLOCK_NOT_SET, send, null, "SSL context " + c.context
                    + " checks the certificate's validity (ignorelocaltime 0) but the module's clock was never set"
                    + " (AT+QNTP or AT+CCLK); it starts in 1980 and the handshake fails with +QMTOPEN: "
                    + index.get() + ",-1").inserting(send, "send AT+QNTP=1,\"" + NTP_SERVER + "\"\n"
                            + "await +QNTP: 0,{ntpTime} within 125s"));
        }
    }

    private void connect(Send send, AtCommandText cmd) {
        Optional<Integer> index = number(cmd, 0);
        AtArgument idArg = cmd.arg(1);
        if (index.isEmpty() || idArg == null || cmd.args().size() < 3) {
            return;
        }
        Optional<String> clientId = eval.render(idArg.template());
        Matcher m = clientId.isEmpty() ? null : SECUREMODE.matcher(clientId.get());
        if (m == null || !m.find()) {
            return;
        }
        TlsState.Client c = state.client(index.get());
        boolean tls = c.openedWithSsl != null ? c.openedWithSsl : c.ssl;
        String mode = m.group(1);
        if ((mode.equals("2") || mode.equals("-2")) && !tls) {
            int ctx = state.onlyConfigured() >= 0 ? state.onlyConfigured() : 0;
            findings.add(TlsFinding.at(TlsFinding.Kind.SECUREMODE_WITHOUT_SSL, send, idArg, "securemode=" + mode
                    + " means TLS, but MQTT client " + index.get() + " is opened without it; add AT+QMTCFG=\"ssl\","
                    + index.get() + ",1,<ctx> before AT+QMTOPEN").inserting(c.openSend != null ? c.openSend : send,
                            "send AT+QMTCFG=\"ssl\"," + index.get() + ",1," + ctx));
        } else if (mode.equals("3") && tls) {
            int at = idArg.raw().indexOf("securemode=3");
            TlsFinding f = TlsFinding.at(TlsFinding.Kind.PLAIN_SECUREMODE_WITH_SSL, send, idArg, "securemode=3 means"
                    + " plain TCP, but MQTT client " + index.get() + " is opened with TLS (AT+QMTCFG=\"ssl\"); write"
                    + " securemode=2");
            findings.add(at < 0 ? f : f.replacing(idArg.raw().replace("securemode=3", "securemode=2")));
        }
    }

    private Optional<String> text(AtCommandText cmd, int index) {
        AtArgument a = cmd.arg(index);
        return a == null ? Optional.empty() : eval.render(a.template());
    }

    private Optional<Integer> number(AtCommandText cmd, int index) {
        return text(cmd, index).filter(v -> v.matches("-?\\d{1,6}")).map(Integer::valueOf);
    }
}
