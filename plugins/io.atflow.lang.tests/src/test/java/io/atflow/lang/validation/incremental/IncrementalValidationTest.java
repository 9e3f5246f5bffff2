package io.atflow.lang.validation.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import io.atflow.lang.bench.ScriptGenerator;
import io.atflow.lang.testing.TestLanguage;

/**
 * The incremental validator against Xtext's full validation: many random edits of the example scripts and of a
 * generated 10,000-line script, each validated incrementally (after Xtext's partial reparse of the same resource, and
 * after a fresh parse that took over the memo, as the editor does) and in full; the issues must be identical, in order.
 */
class IncrementalValidationTest {
    private final Injector injector = TestLanguage.withNoteSecrets().injector();
    private final IResourceValidator incremental = injector.getInstance(IResourceValidator.class);
    private final IResourceValidator full = injector.getInstance(ResourceValidatorImpl.class);

    @Test
    void theLanguageValidatesIncrementally() {
        assertTrue(incremental instanceof IncrementalResourceValidator, incremental.getClass().getName());
    }

    @Test
    void aCaptureInOneStepDeclaresANameUsedInAnother() {
        compareAfter("step \"a\" { log \"${rssi}\" }\nstep \"b\" { send AT }\n", "send AT", "send AT+CSQ expect +CSQ: {rssi},{ber}");
    }

    @Test
    void aStepAddedAboveAHandler() {
        compareAfter("step \"a\" { send AT }\non +QMTSTAT: 0,{err} fail \"lost\"\n", "step", "step \"new\" { send AT }\nstep");
    }

    @Test
    void aSecretNamedInADeclarationAndUsedInAStep() {
        compareAfter("device d { productKey \"i2uqc2dloOl\" deviceName \"device001\" deviceSecret secret(\"x\") }\n"
                + "step \"a\" { send AT+QMTCFG=\"aliauth\",0,\"${d.productKey}\",\"${d.deviceName}\",\"${d.deviceSecret}\" }\n",
                "secret(\"x\")", "secret(\"i2uqc2dloOl/device001\")");
    }

    /** Validates {@code text}, replaces the first {@code what} with {@code with}, compares both validations. */
    private void compareAfter(String text, String what, String with) {
        XtextResource r = parse("memory:/case.atflow", text);
        check(r, "before");
        r.update(text.indexOf(what), what.length(), with);
        check(r, "after replacing " + what + " with " + with);
    }

    @Test
    void examplesUnderRandomEdits() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("../../examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".atflow")).sorted().toList();
        }
        assertTrue(examples.size() >= 8, "the examples: " + examples);
        long seed = 19;
        for (Path p : examples) {
            compareUnderEdits(p.toUri().toString(), Files.readString(p), 50, seed++);
        }
    }

    @Test
    void generatedScriptUnderRandomEdits() {
        compareUnderEdits("memory:/generated.atflow", ScriptGenerator.generate(10_000), 6, 2026);
    }

    @Test
    void smallGeneratedScriptUnderManyEdits() {
        compareUnderEdits("memory:/small.atflow", ScriptGenerator.generate(300), 120, 7);
    }

    private void compareUnderEdits(String uri, String original, int edits, long seed) {
        Random random = new Random(seed);
        String text = original;
        XtextResource edited = parse(uri, text);
        XtextResource fresh = parse(uri, text);
        check(edited, "the original of " + uri);
        check(fresh, "the original of " + uri);
        List<RandomEdits.Edit> done = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            RandomEdits.Edit e = RandomEdits.next(random, text);
            done.add(e);
            text = e.apply(text);
            edited.update(e.offset(), e.length(), e.text());
            String context = uri + " after " + done.size() + " edits (seed " + seed + ", last " + e + ")";
            assertEquals(text, edited.getParseResult().getRootNode().getText(), context);
            check(edited, context + ", partial reparse");
            XtextResource next = parse(uri, text);
            ValidationMemo.carryOver(fresh, next);
            fresh = next;
            check(fresh, context + ", fresh parse");
        }
    }

    private void check(XtextResource r, String context) {
        List<String> quick = describe(incremental.validate(r, CheckMode.ALL, CancelIndicator.NullImpl));
        List<String> all = describe(full.validate(r, CheckMode.ALL, CancelIndicator.NullImpl));
        assertEquals(String.join("\n", all), String.join("\n", quick), context);
    }

    static List<String> describe(List<Issue> issues) {
        return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " @" + i.getOffset() + "+" + i.getLength()
                + " " + i.getLineNumber() + ":" + i.getColumn() + "-" + i.getLineNumberEnd() + ":" + i.getColumnEnd()
                + " " + i.getUriToProblem() + " " + String.join("|", i.getData() == null ? new String[0] : i.getData())
                + " " + i.isSyntaxError() + " " + i.getType() + " " + i.getMessage()).toList();
    }

    private XtextResource parse(String uri, String text) {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource r = (XtextResource) set.createResource(URI.createURI(uri));
        try {
            r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }
}
