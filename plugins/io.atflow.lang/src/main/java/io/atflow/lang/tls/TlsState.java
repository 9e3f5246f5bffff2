package io.atflow.lang.tls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.atflow.lang.atFlow.Send;
import io.atflow.lang.model.AtArgument;

/** What the script has set up so far, as the module would have it: files, SSL contexts, MQTT clients, the clock. */
final class TlsState {
    /** An SSL context's settings that matter here; defaults as after power-up (seclevel 0, ignorelocaltime 1). */
    static final class Context {
        int secLevel;
        boolean ignoreLocalTime = true;
    }

    /** An MQTT client's SSL setting and how it was opened. */
    static final class Client {
        boolean ssl;
        int context;
        Send sslSend;
        AtArgument contextArg;
        Send openSend;
        Boolean openedWithSsl;
    }

    final Set<String> uploaded = new LinkedHashSet<>();
    final Map<Integer, Context> configured = new LinkedHashMap<>();
    final Map<Integer, Client> clients = new HashMap<>();
    /** Contexts an AT+QMTOPEN used before any AT+QSSLCFG configured them. */
    final Map<Integer, List<Send>> usedUnconfigured = new HashMap<>();
    boolean clockSet;

    Client client(int index) {
        return clients.computeIfAbsent(index, i -> new Client());
    }

    void usedBeforeConfigured(int context, Send open) {
        usedUnconfigured.computeIfAbsent(context, c -> new ArrayList<>()).add(open);
    }

    /** The only configured context, or -1. */
    int onlyConfigured() {
        return configured.size() == 1 ? configured.keySet().iterator().next() : -1;
    }

    /** The name a file is stored under: the {@code UFS:} prefix names the same file. */
    static String fileKey(String name) {
        return name.regionMatches(true, 0, "UFS:", 0, 4) ? name.substring(4) : name;
    }
}
