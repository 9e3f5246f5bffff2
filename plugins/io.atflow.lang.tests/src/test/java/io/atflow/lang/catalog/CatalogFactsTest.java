package io.atflow.lang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.engine.at.CommandFacts;

/**
 * Which commands answer late and which end with SEND OK come from the catalog alone. The engine's own list and the
 * catalog disagreed: +QHTTPPOSTFILE, +QHTTPREADFILE and +QNTP were late in the engine only. Quectel's HTTP(S) and
 * TCP/IP application notes give OK first and {@code +QHTTPPOSTFILE: <err>,...}, {@code +QHTTPREADFILE: <err>},
 * {@code +QNTP: <err>,<time>} later, so the catalog now says so; SEND OK ends the write form of the socket send
 * commands of the TCP/IP and SSL manuals.
 */
class CatalogFactsTest {
    private final CommandFacts facts = AtCatalog.standard().commandFacts();

    @ParameterizedTest
    @CsvSource({ "+QMTOPEN, true, false", "+QMTCONN, true, false", "+QMTPUBEX, true, false", "+QIOPEN, true, false",
        "+QPING, true, false", "+QNTP, true, false", "+QHTTPGET, true, false", "+QHTTPPOSTFILE, true, false",
        "+QHTTPREADFILE, true, false", "+QHTTPREAD, true, false", "+QISEND, false, true", "+QISENDEX, false, true",
        "+QSSLSEND, false, true", "+QSSLOPEN, true, false", "+QFTPOPEN, true, false", "+QFTPGET, true, false",
        "+QFUPL, false, false", "+CCLK, false, false", "+QSSLURC, false, false", "+CSQ, false, false", "+QMTCFG, false, false", "+QMTSTAT, false, false" })
    void lateAnswersAndSendResults(String name, boolean late, boolean sendResult) {
        assertEquals(late, facts.answersLate(name), name + " answers late");
        assertEquals(sendResult, facts.endsWithSendResult(name), name + " ends with SEND OK");
    }
}
