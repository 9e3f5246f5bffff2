package io.atflow.engine.testing;

import java.util.Set;

import io.atflow.engine.at.CommandFacts;
import io.atflow.engine.channel.AtCommand;

/**
 * Command facts written from Quectel's manuals for tests that cannot load the catalog: the MQTT, HTTP(S) and TCP/IP
 * application notes of BG95/BG96/EC2x give OK first and the outcome later for these commands, and SEND OK / SEND FAIL
 * for the socket send commands.
 */
public final class QuectelFacts {
    public static final CommandFacts FACTS = CommandFacts.of(Set.of("+QMTOPEN", "+QMTCONN", "+QMTSUB", "+QMTUNS",
            "+QMTPUB", "+QMTPUBEX", "+QMTDISC", "+QMTCLOSE", "+QHTTPGET", "+QHTTPPOST", "+QHTTPPOSTFILE",
            "+QHTTPREAD", "+QHTTPREADFILE", "+QIOPEN", "+QPING", "+QNTP"), Set.of("+QISEND", "+QISENDEX", "+QSSLSEND"));

    private QuectelFacts() {
    }

    public static AtCommand command(String text) {
        return AtCommand.of(text, FACTS);
    }
}
