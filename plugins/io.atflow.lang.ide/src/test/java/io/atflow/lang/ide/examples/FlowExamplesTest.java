package io.atflow.lang.ide.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** The flow examples shipped with the bundle are the project's examples/, indexed by their README. */
class FlowExamplesTest {
    static final Path EXAMPLES = Path.of("../../examples");

    @Test
    void everyExampleOfTheProjectIsShippedWithTheSameText() throws IOException {
        List<FlowExample> all = FlowExamples.all();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".atflow")).sorted().toList(),
                    all.stream().map(FlowExample::fileName).sorted().toList());
        }
        for (FlowExample e : all) {
            assertEquals(Files.readString(EXAMPLES.resolve(e.fileName())), e.text(), e.fileName());
            assertFalse(e.flow().isBlank(), e.fileName());
        }
        assertEquals("network-bring-up", all.get(0).name());
        assertTrue(all.get(2).flow().contains("§4.1.2"), all.get(2).flow());
        assertEquals(List.of("common/network.atflow", "common/instance.atflow"), all.get(2).includes());
    }

    @Test
    void inlinedExamplesAreSelfContainedScripts() {
        for (FlowExample e : FlowExamples.all()) {
            String text = FlowExamples.inlined(e);
            assertTrue(FlowExample.includes(text).isEmpty(), e.fileName());
            List<Issue> errors = IdeTestLanguage.INJECTOR.getInstance(IResourceValidator.class)
                    .validate(IdeTestLanguage.parse(text), CheckMode.ALL, CancelIndicator.NullImpl).stream()
                    .filter(i -> i.getSeverity() == Severity.ERROR).toList();
            assertEquals(List.of(), errors, e.fileName());
        }
        assertTrue(FlowExamples.inlined(FlowExamples.all().get(6)).contains("\n// thingModel \"model.json\"   (export"
                + " your product's thing model next to this script)\n"), "the model file does not come along");
    }

    @Test
    void filesOutsideTheExamplesAreRefused() {
        assertTrue(FlowExamples.read("../README.md").isEmpty());
        assertTrue(FlowExamples.read("common/network.atflow").isPresent());
    }
}
