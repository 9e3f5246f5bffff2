package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IHyperlink;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.config.LaunchAttributes;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.core.ScriptProcess;
import io.atflow.launch.ui.console.ScriptConsole;
import io.atflow.launch.ui.urc.UrcView;
import io.atflow.launch.urc.UrcRow;
import io.atflow.run.Verdict;

import io.atflow.ui.tests.support.UiWait;

/** Runs through the launch framework against the simulated module: console, verdict, URCs, terminate, errors. */
class ScriptRunTest {
    /** Fails at line 3: the simulated module is registered (+CEREG: 0,1). */
    static final String FAILS_ON_LINE_3 = """
            step "expect the impossible" {
              send ATE0
              send AT+CEREG? expect +CEREG: 0,3
            }
            """;

    @BeforeEach
    @AfterEach
    void clean() throws CoreException {
        Launches.cleanUp();
        LaunchServices.urcs().clear();
    }

    @Test
    void propertyPostExamplePassesWithConsoleAndUrcs() throws Exception {
        IFile script = Workspace.example("7-property-post.atflow");
        ILaunch launch = Launches.run(Launches.config(script, "sim", Map.of()));
        ScriptConsole console = Launches.awaitEnd(launch);
        String text = console.getDocument().get();
        ScriptProcess process = Launches.process(launch);

        assertEquals(Verdict.PASSED, process.result().verdict(), text);
        assertEquals(0, process.getExitValue());
        assertTrue(text.contains("Running /launch-tests/examples/7-property-post.atflow on sim"), text);
        assertTrue(text.matches("(?s).*\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  > AT\\+QMTOPEN=0,\"[^\"]+\",1883\n.*"), text);
        assertTrue(text.contains("* +QMTOPEN: 0,0  (network opened successfully)"), text);
        assertTrue(text.contains("step \"report\" passed"), text);
        assertTrue(text.contains("PASSED "), text);
        assertFalse(text.contains("c4fa40df9c8078073d75a26be2bc8f58"), "the device secret is masked:\n" + text);

        List<UrcRow> urcs = LaunchServices.urcs().snapshot();
        assertTrue(urcs.stream().anyMatch(r -> r.code().equals("+QMTOPEN") && r.meaning().equals("network opened successfully")),
                urcs::toString);
        UrcRow reply = urcs.stream().filter(r -> r.code().equals("+QMTRECV")).findFirst().orElseThrow();
        assertNotNull(reply.json(), reply::toString);
        assertTrue(reply.json().contains("\n  \"code\": 200"), reply.json());
        assertTrue(urcs.stream().allMatch(r -> r.source().equals(launch.getLaunchConfiguration().getName())), urcs::toString);

        UrcView view = (UrcView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(UrcView.ID);
        UiWait.until(() -> view.shownRows().size() == urcs.size(), "the URC view to show the run's URCs");
        List<String> codes = java.util.stream.IntStream.range(0, urcs.size()).mapToObj(i -> view.rowTexts(i)[1]).toList();
        assertEquals(List.of("+QMTOPEN", "+QMTCONN", "+QMTSUB", "+QMTPUBEX", "+QMTRECV", "+QMTCLOSE"), codes);
        assertEquals("network opened successfully", view.rowTexts(0)[3]);
        assertEquals("result 0: packet sent and acknowledged; ret_code 0: connection accepted", view.rowTexts(1)[3]);
    }

    @Test
    void terminateEndsALongRunningScript() throws Exception {
        IFile script = Workspace.script("long-running.atflow", """
                step "wait for a URC that never comes" {
                  send ATE0
                  await +QMTSTAT: 0,{err} within 30m
                }
                """);
        ILaunch launch = Launches.run(Launches.config(script, "sim", Map.of()));
        UiWait.until(() -> Launches.consoleText(launch).contains("< OK"), () -> Launches.consoleText(launch));
        assertFalse(launch.isTerminated());
        assertTrue(launch.canTerminate());

        launch.terminate();
        ScriptConsole console = Launches.awaitEnd(launch);
        ScriptProcess process = Launches.process(launch);
        assertEquals(Verdict.ABORTED, process.result().verdict());
        assertEquals(1, process.getExitValue());
        assertTrue(console.getDocument().get().contains("ABORTED "), console.getDocument().get());
    }

    @Test
    void missingSerialPortFailsTheLaunchWithOneSentence() throws Exception {
        ILaunchConfiguration config = Launches.config(Workspace.example("1-network-bring-up.atflow"), "/dev/ttyUSB9", Map.of());
        CoreException e = assertThrows(CoreException.class, () -> Launches.run(config));
        String message = e.getStatus().getMessage();
        assertTrue(message.startsWith("Serial port /dev/ttyUSB9 is not present (available: "), message);
        assertTrue(message.endsWith(")."), message);
        assertEquals(1, message.split("\\. ").length, message);
    }

    @Test
    void missingScriptFailsTheLaunch() throws Exception {
        IFile script = Workspace.script("soon-gone.atflow", "step \"s\" { send AT }\n");
        ILaunchConfiguration config = Launches.config(script, "sim", Map.of());
        script.delete(true, null);
        CoreException e = assertThrows(CoreException.class, () -> Launches.run(config));
        assertEquals("Script /launch-tests/soon-gone.atflow does not exist.", e.getStatus().getMessage());
    }

    @Test
    void failingScriptEndsWithExitValueOneAndItsLocation() throws Exception {
        IFile script = Workspace.script("fails.atflow", FAILS_ON_LINE_3);
        ILaunch launch = Launches.run(Launches.config(script, "sim", Map.of()));
        ScriptConsole console = Launches.awaitEnd(launch);
        String text = console.getDocument().get();
        assertEquals(Verdict.FAILED, Launches.process(launch).result().verdict(), text);
        assertEquals(1, Launches.process(launch).getExitValue());
        assertTrue(text.contains("FAILED /launch-tests/fails.atflow:3: "), text);
    }

    @Test
    void theFailureLocationInTheConsoleOpensTheScriptAtThatLine() throws Exception {
        IFile script = Workspace.script("linked.atflow", FAILS_ON_LINE_3);
        ScriptConsole console = Launches.awaitEnd(Launches.run(Launches.config(script, "sim", Map.of())));
        String text = console.getDocument().get();
        int verdict = text.indexOf("FAILED /launch-tests/linked.atflow:3");
        assertTrue(verdict >= 0, text);
        UiWait.until(() -> linkAt(console, verdict + "FAILED ".length()) != null, "the verdict's location to be a link");
        IRegion region = console.getRegion(linkAt(console, verdict + "FAILED ".length()));
        assertEquals("/launch-tests/linked.atflow:3", text.substring(region.getOffset(), region.getOffset() + region.getLength()));

        linkAt(console, region.getOffset()).linkActivated();
        UiWait.drain();
        ITextEditor editor = (ITextEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor();
        try {
            assertEquals(script, editor.getEditorInput().getAdapter(IFile.class));
            ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
            assertEquals(2, selection.getStartLine(), "0-based line of line 3");
            assertEquals("  send AT+CEREG? expect +CEREG: 0,3", selection.getText());
        } finally {
            editor.getSite().getPage().closeEditor(editor, false);
        }
    }

    private static IHyperlink linkAt(ScriptConsole console, int offset) {
        for (IHyperlink link : console.getHyperlinks()) {
            IRegion r = console.getRegion(link);
            if (r != null && r.getOffset() <= offset && offset < r.getOffset() + r.getLength()) {
                return link;
            }
        }
        return null;
    }

    @Test
    void transcriptIsSavedNextToTheScriptWithSecretsMasked() throws Exception {
        IFile script = Workspace.example("2-one-device-one-secret-aliauth.atflow");
        ILaunch launch = Launches.run(Launches.config(script, "sim", Map.of(LaunchAttributes.TRANSCRIPT, "aliauth-run.log")));
        Launches.awaitEnd(launch);
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
        IFile transcript = script.getParent().getFile(org.eclipse.core.runtime.IPath.fromPortableString("aliauth-run.log"));
        assertTrue(transcript.exists(), "the transcript shows up in the workspace");
        String log = Files.readString(transcript.getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(log.contains("AT+QMTCFG=\"aliauth\""), log);
        assertFalse(log.contains("c4fa40df9c8078073d75a26be2bc8f58"), log);
    }

    @Test
    void rerunningTheConfigurationGivesASecondRun() throws Exception {
        ILaunchConfiguration config = Launches.config(Workspace.example("1-network-bring-up.atflow"), "sim", Map.of());
        ILaunch first = Launches.run(config);
        ScriptConsole firstConsole = Launches.awaitEnd(first);
        ILaunch second = Launches.run(config);
        ScriptConsole secondConsole = Launches.awaitEnd(second);
        assertEquals(Verdict.PASSED, Launches.process(second).result().verdict(), Launches.consoleText(second));
        assertTrue(firstConsole != secondConsole, "each run has its own console");
        assertTrue(secondConsole.getDocument().get().contains("PASSED "), secondConsole.getDocument().get());
    }
}
