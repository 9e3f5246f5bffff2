package io.atflow.run.interp.debug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import io.atflow.engine.at.AtLexer;
import io.atflow.engine.channel.CommandResult;
import io.atflow.run.debug.DebugVariable;

/**
 * What the run's commands established on the module, derived from the commands the module accepted (Quectel MQTT
 * application note): the last command and its answer, the MQTT clients ({@code AT+QMTOPEN} host and port,
 * {@code AT+QMTCONN} client id and user, {@code AT+QMTSUB}/{@code AT+QMTUNS} topics, ended by {@code AT+QMTDISC}/
 * {@code AT+QMTCLOSE}) and the HTTP requests ({@code AT+QHTTPGET}, {@code AT+QHTTPPOST}). Passwords and
 * {@code AT+QMTCFG} credentials are never kept.
 */
final class ModuleState {
    private CommandResult last;
    private final Map<String, Client> clients = new TreeMap<>();
    private String http;

    private static final class Client {
        String host;
        String clientId;
        String user;
        final Set<String> topics = new LinkedHashSet<>();
    }

    synchronized void exchanged(CommandResult r) {
        last = r;
        if (!(r instanceof CommandResult.Success)) {
            return;
        }
        String text = r.command().strip();
        int eq = text.indexOf('=');
        String name = (eq < 0 ? text : text.substring(0, eq)).toUpperCase(java.util.Locale.ROOT);
        List<String> args = eq < 0 ? List.of() : AtLexer.values(text.substring(eq + 1)).stream()
                .map(AtLexer::unquote).toList();
        if (name.startsWith("AT+QHTTP") && !name.equals("AT+QHTTPCFG") && !name.endsWith("?")) {
            http = name.substring(3);
        }
        if (args.isEmpty() || !name.startsWith("AT+QMT")) {
            return;
        }
        String idx = args.get(0);
        switch (name) {
            case "AT+QMTOPEN" -> client(idx).host = args.size() > 2 ? args.get(1) + ":" + args.get(2) : arg(args, 1);
            case "AT+QMTCONN" -> {
                client(idx).clientId = arg(args, 1);
                client(idx).user = arg(args, 2);
            }
            case "AT+QMTSUB" -> {
                for (int i = 2; i < args.size(); i += 2) {
                    client(idx).topics.add(args.get(i));
                }
            }
            case "AT+QMTUNS" -> {
                for (int i = 2; i < args.size(); i++) {
                    client(idx).topics.remove(args.get(i));
                }
            }
            case "AT+QMTDISC" -> {
                Client c = clients.get(idx);
                if (c != null) {
                    c.clientId = null;
                    c.user = null;
                    c.topics.clear();
                }
            }
            case "AT+QMTCLOSE" -> clients.remove(idx);
            default -> {
            }
        }
    }

    private Client client(String idx) {
        return clients.computeIfAbsent(idx, k -> new Client());
    }

    private static String arg(List<String> args, int i) {
        return args.size() > i ? args.get(i) : null;
    }

    /** The last command and its answer lines, or null before the first. */
    synchronized DebugVariable lastCommand(UnaryOperator<String> mask) {
        if (last == null) {
            return null;
        }
        List<DebugVariable> lines = new ArrayList<>();
        int n = 0;
        for (String line : last.lines()) {
            lines.add(DebugVariable.leaf("[" + n++ + "]", mask.apply(line), "line"));
        }
        lines.add(DebugVariable.leaf("result", mask.apply(last.describe()), "result"));
        return new DebugVariable("last command", mask.apply(last.command()), "command", lines);
    }

    synchronized DebugVariable mqtt(UnaryOperator<String> mask) {
        List<DebugVariable> out = new ArrayList<>();
        clients.forEach((idx, c) -> {
            List<DebugVariable> fields = new ArrayList<>();
            if (c.host != null) {
                fields.add(DebugVariable.leaf("host", mask.apply(c.host), "string"));
            }
            if (c.clientId != null) {
                fields.add(DebugVariable.leaf("client id", mask.apply(c.clientId), "string"));
            }
            if (c.user != null) {
                fields.add(DebugVariable.leaf("user", mask.apply(c.user), "string"));
            }
            List<DebugVariable> topics = new ArrayList<>();
            c.topics.forEach(t -> topics.add(DebugVariable.leaf("[" + topics.size() + "]", mask.apply(t), "topic")));
            fields.add(new DebugVariable("subscriptions", String.valueOf(topics.size()), "list", topics));
            String state = c.clientId != null ? "connected as " + c.clientId : c.host != null ? "open to " + c.host
                    : "configured";
            out.add(new DebugVariable("client " + idx, mask.apply(state), "mqtt", fields));
        });
        return new DebugVariable("MQTT", out.isEmpty() ? "no client" : out.size() + " client(s)", "mqtt", out);
    }

    synchronized DebugVariable http() {
        return DebugVariable.leaf("HTTP", http == null ? "no request" : "last request " + http, "http");
    }
}
