/**
 * The ATFlow editor for Eclipse, built on JFace text without Xtext's Eclipse-UI bundles; the language runs in-process
 * through its Xtext runtime and the generic IDE services of {@code io.atflow.lang.ide}. Design:
 * <ul>
 * <li>A {@code TextEditor} subclass ({@link io.atflow.ui.editor.ScriptEditor}) rather than the generic editor: the
 * outline page, projection, Quick Outline, formatter, toggle comment and bracket navigation need an editor of our own,
 * and its key binding context gives JDT's keys (Ctrl+Shift+F, Ctrl+/, Ctrl+O, Ctrl+Shift+P, F3, Ctrl+1, Ctrl+Space).</li>
 * <li>Partitions and syntax coloring come from the language's own ANTLR lexer; semantic highlighting from its
 * highlighting calculator, merged into the presentation from positions kept up to date by edits.</li>
 * <li>One reconciler (debounced, on its own thread, cancelled by the next keystroke) parses, validates and computes
 * semantic highlighting, folding and outline; problems of workspace files become markers (the editor shows them
 * through its marker annotation model, the Problems view lists them), those of other files annotations. A
 * resource-change listener started with the workbench validates the scripts that are not open.</li>
 * <li>Quick fixes have one adapter ({@link io.atflow.ui.editor.quickfix.EditorQuickFixes}) used by Ctrl+1 and by the
 * Problems view; the fixes themselves are computed by the language.</li>
 * <li>Secrets live in Eclipse secure storage ({@link io.atflow.secrets.SecureStorageSecrets}), read without ever
 * prompting; {@link io.atflow.ui.AtFlowUi#secrets()} (the service of io.atflow.secrets) is what runs started in the
 * workbench use.</li>
 * </ul>
 */
package io.atflow.ui;
