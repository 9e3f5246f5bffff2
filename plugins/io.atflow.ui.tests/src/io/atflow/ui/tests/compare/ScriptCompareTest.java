package io.atflow.ui.tests.compare;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.ResourceNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffContainer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.highlighting.TokenCategory;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.preferences.ScriptPreferences;
import io.atflow.ui.tests.support.RepositoryExamples;
import io.atflow.ui.tests.support.Screenshots;
import io.atflow.ui.tests.support.UiWait;
import io.atflow.ui.tests.support.Widgets;

/**
 * Compare With on two versions of the property-post example: the structure pane names the elements that were added,
 * removed and changed (in the Outline view, where the compare editor puts it by default), and the text panes are
 * coloured as the editor colours them. Saves
 * {@code target/screenshots/compare-structure.png}.
 */
class ScriptCompareTest {
    static final String EXAMPLE = "7-property-post.atflow";

    @AfterEach
    void close() {
        IWorkbenchPage page = page();
        page.closeAllEditors(false);
        UiWait.drain();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * The example as a reviewer gets it back: the MQTT open waits 60 s instead of 75 s, a handler for the
     * disconnect URC is added, the closing step is gone, the report is retried three times instead of twice.
     */
    static String changed(String original) {
        String out = original.replace("await +QMTOPEN: 0,0 within 75s", "await +QMTOPEN: 0,0 within 60s")
                .replace("step \"report\" retry 2 {", "step \"report\" retry 3 {")
                .replace("on +QMTSTAT: 0,{err} fail", "on +QMTDISC: 0,{result} fail \"disconnected: ${result}\"\n"
                        + "on +QMTSTAT: 0,{err} fail");
        int close = out.indexOf("step \"close\"");
        int end = out.indexOf("\n}\n", close) + 3;
        out = out.substring(0, close).stripTrailing() + "\n" + out.substring(end);
        assertTrue(!out.equals(original) && !out.contains("step \"close\"") && out.contains("within 60s")
                && out.contains("+QMTDISC") && out.contains("retry 3"), "the four edits apply to the example");
        return out;
    }

    private static IFile file(IProject project, String name, String text) throws CoreException {
        IFile f = project.getFile(name);
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
        }
        return f;
    }

    private static IProject project() throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("compare-tests");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        return p;
    }

    /**
     * Opens the compare editor as Compare With > Each Other does for two files: {@code left} on the left,
     * {@code right} on the right. A two-way compare reports what the right side adds to or removes from the left, so
     * the earlier version goes left.
     */
    private static void compare(IFile left, IFile right) {
        compare(left, right, false);
    }

    private static void compare(IFile left, IFile right, boolean editable) {
        CompareConfiguration config = new CompareConfiguration();
        config.setLeftLabel(left.getFullPath().toString());
        config.setRightLabel(right.getFullPath().toString());
        config.setLeftEditable(editable);
        config.setRightEditable(false);
        CompareUI.openCompareEditor(new CompareEditorInput(config) {
            @Override
            protected Object prepareInput(IProgressMonitor monitor) {
                setTitle("Compare " + left.getName());
                return new Differencer().findDifferences(false, monitor, null, null, new ResourceNode(left),
                        new ResourceNode(right));
            }
        });
    }

    /** The structure pane's tree: its items stand for script elements that differ. */
    private static Tree structureTree() {
        UiWait.until(() -> Widgets.findShown(Tree.class, ScriptCompareTest::isStructure) != null,
                "the compare editor's structure pane");
        return Widgets.findShown(Tree.class, ScriptCompareTest::isStructure);
    }

    private static boolean isStructure(Tree t) {
        return t.getItemCount() > 0 && t.getItem(0).getData() instanceof IDiffElement d
                && d.getType().equals("atflow") && !(d.getName().endsWith(".atflow"));
    }

    /** {@code kind name} of a differing element, e.g. {@code changed step "connect"}. */
    private static String describe(IDiffElement d) {
        String kind = switch (d.getKind() & Differencer.CHANGE_TYPE_MASK) {
            case Differencer.ADDITION -> "added";
            case Differencer.DELETION -> "removed";
            case Differencer.CHANGE -> "changed";
            default -> "kind " + d.getKind();
        };
        return kind + " " + d.getName();
    }

    /** Every differing element under {@code d}, as {@code parent name / kind name}. */
    private static void collect(IDiffElement d, String parent, List<String> out) {
        out.add(parent + describe(d));
        if (d instanceof IDiffContainer c) {
            for (IDiffElement child : c.getChildren()) {
                collect(child, parent + d.getName() + " / ", out);
            }
        }
    }

    /** Expands an item as a click on its twistie does, so the viewer creates its children. */
    private static void expand(Tree tree, TreeItem item) {
        Event e = new Event();
        e.item = item;
        tree.notifyListeners(SWT.Expand, e);
        item.setExpanded(true);
        UiWait.drain();
    }

    private static void select(Tree tree, TreeItem item) {
        tree.setSelection(item);
        Event e = new Event();
        e.item = item;
        tree.notifyListeners(SWT.Selection, e);
        UiWait.drain();
    }

    private static boolean within(Control control, Control ancestor) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static RGB color(TokenCategory c) {
        return PreferenceConverter.getColor(AtFlowUi.getDefault().getPreferenceStore(), ScriptPreferences.color(c));
    }

    private static RGB foreground(StyledText text, String needle) {
        int at = text.getText().indexOf(needle);
        assertTrue(at >= 0, () -> needle + " in the compare pane");
        StyleRange r = text.getStyleRangeAtOffset(at);
        return r == null || r.foreground == null ? null : r.foreground.getRGB();
    }

    @Test
    void structurePaneNamesAddedRemovedAndChangedElementsInColouredPanes() throws Exception {
        String original = Files.readString(RepositoryExamples.folder().resolve(EXAMPLE));
        IProject project = project();
        IFile before = file(project, "before-" + EXAMPLE, original);
        IFile after = file(project, "after-" + EXAMPLE, changed(original));
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setMaximized(false);
        window.setBounds(0, 0, 1600, 1000);

        IViewPart outline = page().showView(IPageLayout.ID_OUTLINE);
        compare(before, after);
        Tree tree = structureTree();
        List<String> shown = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect((IDiffElement) item.getData(), "", shown);
        }
        assertEquals(List.of("added on +QMTDISC: 0,{result}", "changed step \"connect\"", "changed step \"report\"",
                "removed step \"close\"", "step \"connect\" / changed await +QMTOPEN: 0,0",
                // a pair whose names differ is named "right / left" by the compare framework
                "step \"report\" / changed step \"report\" retry 3 / step \"report\" retry 2"),
                shown.stream().sorted().toList(), "the elements that differ, by kind and name");
        assertEquals(List.of("on +QMTDISC: 0,{result}", "step \"close\"", "step \"connect\"", "step \"report\""),
                Arrays.stream(tree.getItems()).map(TreeItem::getText).sorted().toList(), "the tree's labels");

        TreeItem connect = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals("step \"connect\"")).findFirst()
                .orElseThrow();
        expand(tree, connect);
        assertEquals(List.of("await +QMTOPEN: 0,0"), Arrays.stream(connect.getItems()).map(TreeItem::getText).toList());
        select(tree, connect.getItem(0));
        UiWait.until(() -> Widgets.findShown(StyledText.class, t -> t.getText().contains("within 60s")) != null,
                "the changed version in a text pane");
        StyledText right = Widgets.findShown(StyledText.class, t -> t.getText().contains("within 60s"));
        StyledText left = Widgets.findShown(StyledText.class, t -> t.getText().contains("within 75s"));
        assertNotNull(left, "the earlier version in the other text pane");
        UiWait.until(() -> color(TokenCategory.COMMAND).equals(foreground(right, "AT+QMTOPEN")),
                "the semantic colour of AT+QMTOPEN in the compare pane");
        for (int i = 0; i < 10; i++) {
            UiWait.drain();
        }
        Path png = Screenshots.capture(window, "compare-structure.png");
        assertTrue(Files.size(png) > 20_000, "a real picture: " + Files.size(png) + " bytes");

        assertAll("what compare-structure.png shows",
                () -> assertTrue(within(tree, ((PageBookView) outline).getCurrentPage().getControl()),
                        "the structure is shown in the Outline view, beside the compare editor"),
                () -> assertTrue(tree.isVisible() && Arrays.stream(tree.getItems()).allMatch(i -> Widgets.showsWhole(
                        tree, i.getText(), i.getTextBounds(0))), "the structure's labels are shown whole"),
                () -> assertNotNull(Widgets.findShown(CLabel.class, l -> "ATFlow Script Compare".equals(l.getText())),
                        "the text panes' title"),
                () -> assertEquals(color(TokenCategory.KEYWORD), foreground(right, "step \"connect\"")),
                () -> assertEquals(color(TokenCategory.KEYWORD), foreground(left, "step \"close\"")),
                () -> assertEquals(color(TokenCategory.COMMAND), foreground(left, "AT+QMTCLOSE")),
                () -> assertEquals(color(TokenCategory.PATTERN), foreground(right, "+QMTDISC")),
                () -> assertEquals(color(TokenCategory.NUMBER), foreground(right, "60s")),
                () -> assertEquals(color(TokenCategory.COMMENT), foreground(right, "// Subscribe")),
                () -> assertEquals(color(TokenCategory.SECRET), foreground(right, "\"i2uqc2dloOl/device001\")"),
                        "the language's semantic highlighting: the whole secret(...) call, its argument too"));
    }

    @Test
    void anEditedSideIsHighlightedAgain() throws Exception {
        IProject project = project();
        IFile before = file(project, "edit-before.atflow", "step \"s\" {\n  send ATI\n}\n");
        IFile after = file(project, "edit-after.atflow", "step \"s\" {\n  send AT+CGMM\n}\n");
        compare(before, after, true);
        UiWait.until(() -> Widgets.findShown(StyledText.class, t -> t.getText().contains("send ATI")
                && t.getEditable()) != null, "the editable side of the compare");
        StyledText side = Widgets.findShown(StyledText.class, t -> t.getText().contains("send ATI") && t.getEditable());
        int at = side.getText().indexOf("  send ATI");
        side.replaceTextRange(at, 0, "  var token = secret(\"t\")\n");
        // the argument of secret(...) is a string to the lexer; the language's semantic highlighting makes it a secret
        UiWait.until(() -> color(TokenCategory.SECRET).equals(foreground(side, "\"t\")")),
                () -> "the typed secret(...) call's argument in the secret colour; it is " + foreground(side, "\"t\")"));
    }
}
