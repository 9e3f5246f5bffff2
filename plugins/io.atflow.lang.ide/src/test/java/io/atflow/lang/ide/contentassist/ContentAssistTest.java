package io.atflow.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** Content assist at the end of a text: commands, patterns, names, members, keywords, profiles. */
class ContentAssistTest {
    static final ExecutorService POOL = Executors.newCachedThreadPool();

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    static List<String> proposals(String text) {
        XtextResource r = IdeTestLanguage.parse(text);
        ContentAssistContextFactory factory = IdeTestLanguage.INJECTOR.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(text.length(), 0), text.length(), r);
        List<String> out = new ArrayList<>();
        IdeTestLanguage.INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts),
                new IIdeContentProposalAcceptor() {
                    @Override
                    public void accept(ContentAssistEntry entry, int priority) {
                        if (entry != null) {
                            out.add(entry.getProposal());
                        }
                    }

                    @Override
                    public boolean canAcceptMoreProposals() {
                        return true;
                    }
                });
        return out;
    }

    @Test
    void commandsCompleteFromTheCatalogWithTheirForms() {
        List<String> p = proposals("step \"a\" {\n  send AT+QMTO");
        assertTrue(p.contains("AT+QMTOPEN="), p::toString);
        assertTrue(p.contains("AT+QMTOPEN=?"), p::toString);
        assertFalse(p.contains("AT+QMTCONN="), p::toString);
        assertTrue(proposals("send AT+QMTCF").contains("AT+QMTCFG=\"aliauth\","));
    }

    @Test
    void commandsFollowTheProfile() {
        assertFalse(proposals("send AT+QCF").contains("AT+QCFG=\"iotopmode\","));
        assertTrue(proposals("profile bg95\nsend AT+QCF").contains("AT+QCFG=\"iotopmode\","));
        assertTrue(proposals("send AT+QCF").contains("AT+QCFG=\"urc/delay\","), "settings of every family stay");
    }

    @Test
    void patternsAfterAwait() {
        List<String> p = proposals("send AT+QMTOPEN=0,\"h\",1883\nawait +QMTO");
        assertTrue(p.contains("+QMTOPEN: {clientIdx},{result}"), p::toString);
    }

    @Test
    void namesFunctionsAndMembers() {
        String decl = "device meter { productKey \"pk1\" deviceName \"dev1\" }\nvar apn = \"x\"\n";
        List<String> names = proposals(decl + "var y = a");
        assertTrue(names.contains("apn"), names::toString);
        assertTrue(proposals(decl + "var y = m").contains("meter"));
        assertTrue(proposals(decl + "var y = se").contains("secret()"));
        List<String> fields = proposals(decl + "var y = meter.");
        assertTrue(fields.contains("productKey") && fields.contains("deviceName"), fields::toString);
    }

    @Test
    void placeholdersInsideCommands() {
        String decl = "device meter { productKey \"pk1\" deviceName \"dev1\" }\nvar apn = \"x\"\n";
        List<String> names = proposals(decl + "send AT+QICSGP=1,3,\"${a");
        assertTrue(names.contains("AT+QICSGP=1,3,\"${apn}"), names::toString);
        List<String> fields = proposals(decl + "send AT+QMTCFG=\"aliauth\",0,\"${meter.pro");
        assertTrue(fields.contains("AT+QMTCFG=\"aliauth\",0,\"${meter.productKey}"), fields::toString);
    }

    @Test
    void keywordsAndProfiles() {
        List<String> p = proposals("");
        assertTrue(p.containsAll(List.of("step", "send", "await", "device", "include")), p::toString);
        assertTrue(proposals("profile ").containsAll(List.of("ec2x", "bg95")));
    }
}
