package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.ui.atconsole.AtConsoleView;

import io.atflow.ui.tests.support.UiWait;

/** The interactive AT console on the simulated module: commands, responses, URCs, content assist, saving. */
class AtConsoleViewTest {
    private AtConsoleView view;

    @BeforeEach
    void open() throws Exception {
        LaunchServices.urcs().clear();
        view = (AtConsoleView) page().showView(AtConsoleView.ID);
    }

    @AfterEach
    void close() {
        view.disconnect();
        page().hideView(view);
        LaunchServices.urcs().clear();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private void awaitOutput(String text) {
        UiWait.until(() -> view.outputText().contains(text), () -> "\"" + text + "\" in the AT console:\n" + view.outputText());
    }

    @Test
    void sessionOnTheSimulatorIsShownAndSavedAsACheckedScript() throws Exception {
        view.connect("sim");
        UiWait.until(view::isConnected, () -> "a connection:\n" + view.outputText());
        view.type("ATE0");
        awaitOutput("< OK");
        view.type("at+cereg?");
        awaitOutput("< +CEREG: ");
        view.type("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883");
        awaitOutput("* +QMTOPEN: 0,0  (network opened successfully)");
        view.type("hello");
        awaitOutput("\"hello\" is not an AT command");
        // the session writes a URC to the console, then to the URC log, from the channel's thread
        UiWait.until(() -> LaunchServices.urcs().snapshot().stream().anyMatch(r -> r.code().equals("+QMTOPEN")
                && r.source().equals(AtConsoleView.SOURCE)), "the URC view to get the console's URCs");

        IFile file = Workspace.project().getFile("console-session.atflow");
        view.saveScript(file);
        String script = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.contains("  send ATE0\n"), script);
        assertTrue(script.contains("  send AT+CEREG? expect +CEREG: {n},1\n"), script);
        assertTrue(script.contains("  await +QMTOPEN: 0,0 within 75s\n"), script);
        LoadedScript checked = AtFlowLanguage.loader().load(file.getName(), URI.createFileURI(file.getLocation().toString()),
                script);
        assertFalse(checked.hasErrors(), () -> String.join("\n", checked.diagnostics().stream().map(Diagnostic::format).toList()));
    }

    @Test
    void contentAssistProposesCatalogCommands() {
        IContentProposal[] proposals = viewAssist().getProposals("AT+QMTO", 7);
        List<String> texts = Arrays.stream(proposals).map(IContentProposal::getContent).toList();
        assertTrue(texts.contains("AT+QMTOPEN="), texts::toString);
        assertTrue(Arrays.stream(proposals).filter(p -> p.getContent().equals("AT+QMTOPEN="))
                .allMatch(p -> p.getDescription() != null && p.getDescription().contains("AT+QMTOPEN")), texts::toString);
    }

    @Test
    void typingWhileDisconnectedSaysWhatToDo() {
        view.type("AT");
        awaitOutput("Not connected; choose a target and press Connect.");
    }

    private org.eclipse.jface.fieldassist.IContentProposalProvider viewAssist() {
        return view.contentAssist().getContentProposalProvider();
    }
}
