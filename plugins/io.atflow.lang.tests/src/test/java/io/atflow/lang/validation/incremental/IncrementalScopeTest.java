package io.atflow.lang.validation.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import io.atflow.lang.bench.ScriptGenerator;
import io.atflow.lang.testing.TestLanguage;

/** What an edit makes the incremental validator check again: the edited step, or everything when declarations change. */
class IncrementalScopeTest {
    private final Injector injector = TestLanguage.withNoteSecrets().injector();
    private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
    /** The generator's preamble: profile, timeout, device, var, payload, handler; then 37 steps of 14 lines. */
    private static final int ELEMENTS = 6 + 37;

    @Test
    void aCommandEditChecksItsStepOnly() {
        XtextResource r = script();
        String text = text(r);
        int at = text.indexOf("send AT+QMTOPEN=0", text.length() / 2) + "send AT+QMTOPEN=".length();
        r.update(at, 1, "1");
        validate(r);
        assertEquals(1, ValidationMemo.of(r).checkedLastTime());
    }

    @Test
    void aNewCaptureChecksEverything() {
        XtextResource r = script();
        String text = text(r);
        int at = text.indexOf("expect OK timeout 5s", text.length() / 2) + "expect ".length();
        r.update(at, 2, "+QMTOPEN: {fresh}");
        validate(r);
        assertEquals(ELEMENTS, ValidationMemo.of(r).checkedLastTime());
    }

    @Test
    void aChangedVariableValueChecksEverything() {
        XtextResource r = script();
        String text = text(r);
        int at = text.indexOf("var host = \"") + "var host = \"".length();
        r.update(at, 0, "x");
        validate(r);
        assertEquals(ELEMENTS, ValidationMemo.of(r).checkedLastTime());
    }

    @Test
    void aHandlerIsCheckedAgainWhenAStepIsAddedAboveIt() {
        XtextResource r = parse("step \"a\" { send AT }\non +QMTSTAT: 0,{err} fail \"lost\"\nstep \"b\" { send AT }\n");
        validate(r);
        String text = text(r);
        r.update(text.indexOf("\non"), 0, "\nstep \"new\" { send AT }");
        validate(r);
        // the new step and the handler, whose warning now counts two steps above it; steps "a" and "b" are reused
        assertEquals(2, ValidationMemo.of(r).checkedLastTime(), text);
    }

    @Test
    void aFreshParseOfTheSameTextChecksNothingAgain() {
        XtextResource first = script();
        XtextResource second = parse(text(first));
        ValidationMemo.carryOver(first, second);
        validate(second);
        assertEquals(0, ValidationMemo.of(second).checkedLastTime());
    }

    private XtextResource script() {
        XtextResource r = parse(ScriptGenerator.generate(527));
        validate(r);
        assertEquals(ELEMENTS, ValidationMemo.of(r).checkedLastTime(), "the first validation checks all");
        return r;
    }

    private void validate(XtextResource r) {
        validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private static String text(XtextResource r) {
        return r.getParseResult().getRootNode().getText();
    }

    private XtextResource parse(String text) {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource r = (XtextResource) set.createResource(URI.createURI("memory:/scope.atflow"));
        try {
            r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }
}
