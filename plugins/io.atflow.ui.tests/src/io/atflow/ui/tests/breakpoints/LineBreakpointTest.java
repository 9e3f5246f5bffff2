package io.atflow.ui.tests.breakpoints;

import static io.atflow.ui.tests.breakpoints.BreakpointFixture.caret;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.doubleClickRuler;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.example;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.lineBreakpoints;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.manager;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.markerLines;
import static io.atflow.ui.tests.breakpoints.BreakpointFixture.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import io.atflow.launch.debug.breakpoints.ScriptLineBreakpoint;
import io.atflow.run.debug.Breakpoint;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.tests.support.UiWait;

/**
 * Line breakpoints in the ATFlow editor on the repository's {@code examples/7-property-post.atflow}, whose lines
 * (read in the file) are: 1 a comment, 6 and 7 {@code include}s, 9..13 the {@code device} declaration, 17 the
 * {@code on +QMTSTAT} handler, 18 blank, 19 {@code step "connect" ...}, 20..26 its {@code send}/{@code await}
 * statements, 27 its closing brace, 28 blank, 29 {@code step "subscribe"}, 30 its {@code send}. The interpreter's
 * debugger stops at statements, steps and includes.
 */
class LineBreakpointTest {
    static final String EXAMPLE = "7-property-post.atflow";
    static final String TOGGLE = "org.eclipse.debug.ui.commands.ToggleBreakpoint";

    @AfterEach
    void clean() throws Exception {
        BreakpointFixture.page().closeAllEditors(false);
        BreakpointFixture.removeAll();
    }

    @Test
    void rulerDoubleClickCreatesAndRemovesABreakpointOnThatLine() throws Exception {
        IFile file = example(EXAMPLE);
        ScriptEditor editor = open(file);
        doubleClickRuler(editor, 23);
        assertEquals(List.of(23), markerLines(file), "a breakpoint on line 23 (send AT+QMTOPEN)");
        ScriptLineBreakpoint b = lineBreakpoints(file).get(0);
        assertEquals(BreakpointMarkers.MODEL, b.getModelIdentifier());
        assertEquals(BreakpointMarkers.LINE, b.getMarker().getType());
        assertTrue(b.isEnabled());
        assertEquals(new Breakpoint(Path.of(file.getLocation().toOSString()), 23, null, null), b.toBreakpoint());
        assertTrue(rulerShows(editor, b), "the ruler's annotation model shows the breakpoint");

        doubleClickRuler(editor, 23);
        assertEquals(List.of(), markerLines(file), "the second double-click removes it");
        assertEquals(0, manager().getBreakpoints(BreakpointMarkers.MODEL).length);
    }

    @Test
    void linesWithoutAStatementGoToTheNextOne() throws Exception {
        IFile file = example(EXAMPLE);
        ScriptEditor editor = open(file);
        doubleClickRuler(editor, 18); // blank: the step below
        assertEquals(List.of(19), markerLines(file));
        doubleClickRuler(editor, 1); // comment: the first include
        assertEquals(List.of(6, 19), markerLines(file));
        doubleClickRuler(editor, 10); // inside the device declaration: the handler
        assertEquals(List.of(6, 17, 19), markerLines(file));
        doubleClickRuler(editor, 27); // closing brace: the next step
        assertEquals(List.of(6, 17, 19, 29), markerLines(file));
        doubleClickRuler(editor, 19); // on a breakpoint: removes it
        assertEquals(List.of(6, 17, 29), markerLines(file));
    }

    @Test
    void runMenuToggleBreakpointAndCtrlShiftB() throws Exception {
        IFile file = example(EXAMPLE);
        ScriptEditor editor = open(file);
        IBindingService bindings = editor.getSite().getService(IBindingService.class);
        assertTrue(List.of(bindings.getActiveBindingsFor(TOGGLE)).contains(KeySequence.getInstance("M1+M2+B")),
                "Ctrl+Shift+B is bound to Toggle Breakpoint while the ATFlow editor is active");
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        caret(editor, 25);
        handlers.executeCommand(TOGGLE, null);
        assertEquals(List.of(25), markerLines(file));
        caret(editor, 28); // blank line between the steps: the next step
        handlers.executeCommand(TOGGLE, null);
        assertEquals(List.of(25, 29), markerLines(file));
        caret(editor, 25);
        handlers.executeCommand(TOGGLE, null);
        assertEquals(List.of(29), markerLines(file));
    }

    @Test
    void breakpointsMoveWithEditsAndTheMarkerFollowsOnSave() throws Exception {
        IFile file = example(EXAMPLE);
        ScriptEditor editor = open(file);
        assertInstanceOf(TextFileDocumentProvider.class, editor.getDocumentProvider());
        assertInstanceOf(ResourceMarkerAnnotationModel.class,
                editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()));
        doubleClickRuler(editor, 24);
        ScriptLineBreakpoint b = lineBreakpoints(file).get(0);
        IDocument doc = editor.document();
        doc.replace(doc.getLineOffset(18), 0, "log \"one\"\nlog \"two\"\n\n"); // three lines above, before line 19
        UiWait.drain();
        assertEquals(27, shownLine(editor, b), "the ruler shows the breakpoint three lines further down");
        editor.doSave(null);
        UiWait.until(() -> !editor.isDirty(), "the save");
        assertEquals(27, b.getMarker().getAttribute(IMarker.LINE_NUMBER, -1), "the marker's line after the save");
        assertEquals(27, b.toBreakpoint().line());
        assertTrue(doc.get(doc.getLineOffset(26), doc.getLineLength(26)).contains("await +QMTOPEN: 0,0"));

        // deleting the whole line leaves the breakpoint on the line that moves up into its place, as in JDT
        doc.replace(doc.getLineOffset(26), doc.getLineLength(26), "");
        editor.doSave(null);
        UiWait.until(() -> !editor.isDirty(), "the save");
        assertEquals(List.of(27), markerLines(file));
        assertTrue(doc.get(doc.getLineOffset(26), doc.getLineLength(26)).contains("send AT+QMTCONN=0"));
    }

    @Test
    void persistentMarkersAreRestoredAsBreakpointsAsAtStartUp() throws Exception {
        IFile file = example(EXAMPLE);
        ScriptEditor editor = open(file);
        doubleClickRuler(editor, 26);
        ScriptLineBreakpoint b = lineBreakpoints(file).get(0);
        b.setCondition("will == \"0\"");
        b.setHitCondition(">= 2");
        b.setEnabled(false);
        IMarker marker = b.getMarker();
        assertTrue(markerTypeIsPersistent(BreakpointMarkers.LINE), "the marker type is declared persistent");
        assertTrue(marker.isSubtypeOf(IBreakpoint.LINE_BREAKPOINT_MARKER));

        String saved = savedMarkers(file);
        assertTrue(saved.contains(BreakpointMarkers.LINE) && saved.contains("will == \"0\"")
                && saved.contains(">= 2"), "the saved workspace holds the marker with its condition and hit count");

        // a restart: the manager forgets the breakpoint, the marker stays on the file; at start-up the manager
        // makes a breakpoint of every breakpoint marker with the class its org.eclipse.debug.core.breakpoints
        // extension names for the marker type
        manager().removeBreakpoint(b, false);
        assertTrue(marker.exists());
        assertEquals(List.of(), lineBreakpoints(file));
        IBreakpoint restored = restore(marker);
        manager().addBreakpoint(restored);
        ScriptLineBreakpoint again = assertInstanceOf(ScriptLineBreakpoint.class, restored);
        assertEquals(List.of(26), markerLines(file));
        assertEquals(new Breakpoint(Path.of(file.getLocation().toOSString()), 26, "will == \"0\"", ">= 2"),
                again.toBreakpoint());
        assertTrue(!again.isEnabled(), "still disabled");
        assertNotNull(manager().getBreakpoint(marker));
    }

    static int shownLine(ScriptEditor editor, IBreakpoint b) throws Exception {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof MarkerAnnotation m && m.getMarker().equals(b.getMarker())) {
                Position p = model.getPosition(a);
                return editor.document().getLineOfOffset(p.getOffset()) + 1;
            }
        }
        return -1;
    }

    static boolean rulerShows(ScriptEditor editor, IBreakpoint b) throws Exception {
        return shownLine(editor, b) == b.getMarker().getAttribute(IMarker.LINE_NUMBER, -1);
    }

    /** What the breakpoint manager does at start-up for a breakpoint marker. */
    static IBreakpoint restore(IMarker marker) throws Exception {
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.debug.core.breakpoints")) {
            if (marker.getType().equals(e.getAttribute("markerType"))) {
                IBreakpoint b = (IBreakpoint) e.createExecutableExtension("class");
                b.setMarker(marker);
                return b;
            }
        }
        throw new AssertionError("no breakpoint class for " + marker.getType());
    }

    /** The marker type's declaration says {@code <persistent value="true"/>}. */
    static boolean markerTypeIsPersistent(String type) {
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.resources.markers")) {
            if (type.equals(e.getDeclaringExtension().getUniqueIdentifier()) && e.getName().equals("persistent")) {
                return "true".equals(e.getAttribute("value"));
            }
        }
        return false;
    }

    /** The project's marker file a full workspace save writes (what a restarted workbench reads back). */
    static String savedMarkers(IFile file) throws Exception {
        ResourcesPlugin.getWorkspace().save(true, null);
        Path markers = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().resolve(".metadata")
                .resolve(".plugins").resolve("org.eclipse.core.resources").resolve(".projects")
                .resolve(file.getProject().getName()).resolve(".markers");
        return new String(Files.readAllBytes(markers), StandardCharsets.ISO_8859_1);
    }
}
