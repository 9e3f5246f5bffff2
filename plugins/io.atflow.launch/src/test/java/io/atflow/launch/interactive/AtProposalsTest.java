package io.atflow.launch.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;

class AtProposalsTest {
    private final AtProposals proposals = new AtProposals(AtCatalog.standard());

    private List<String> texts(String typed) {
        return proposals.proposals(typed, typed.length()).stream().map(AtProposals.Proposal::text).toList();
    }

    @Test
    void prefixOffersEveryFormOfMatchingCommands() {
        List<String> t = texts("AT+QMTO");
        assertTrue(t.contains("AT+QMTOPEN="), t::toString);
        assertTrue(t.contains("AT+QMTOPEN?"), t::toString);
        assertTrue(t.contains("AT+QMTOPEN=?"), t::toString);
        assertTrue(t.stream().allMatch(s -> s.startsWith("AT+QMTO")), t::toString);
    }

    @Test
    void matchingIgnoresCaseAndTheTextAfterTheCaret() {
        List<AtProposals.Proposal> p = proposals.proposals("at+qmtcfg=\"ali", 9);
        assertTrue(p.stream().anyMatch(x -> x.text().equals("AT+QMTCFG=\"aliauth\",")), p::toString);
        AtProposals.Proposal open = proposals.proposals("AT+QMTOPEN", 10).stream()
                .filter(x -> x.text().equals("AT+QMTOPEN=")).findFirst().orElseThrow();
        assertTrue(open.label().startsWith("AT+QMTOPEN= \u2014 "), open.label());
        assertTrue(open.description().contains("AT+QMTOPEN"), open.description());
    }

    @Test
    void aCompleteFormIsNotProposedAgain() {
        assertEquals(List.of(), texts("AT+QMTOPEN=?"));
    }
}
