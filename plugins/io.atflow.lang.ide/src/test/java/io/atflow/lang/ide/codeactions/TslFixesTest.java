package io.atflow.lang.ide.codeactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.lang.ide.testing.IdeTestLanguage;

/** Thing model quick fixes (examples/model.json next to the script): applied, and the result validated again. */
class TslFixesTest {
    static final URI SCRIPT = URI.createFileURI(Path.of("../../examples/t.atflow").toAbsolutePath().normalize()
            .toString());

    static String script(String payloadLiteral) {
        return "thingModel \"model.json\"\npayload post = " + payloadLiteral + "\n"
                + "send AT+QMTPUBEX=0,1,1,0,\"/sys/i2uqc2dloOl/device001/thing/event/property/post\",${len(post)}"
                + " prompt post\n";
    }

    static List<Issue> issues(String text) {
        XtextResource r = IdeTestLanguage.parse(text, SCRIPT);
        return IdeTestLanguage.INJECTOR.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " | ", value = {
        "\"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Tmp\":23.9}}\"\"\" | atflow.tsl-unknown-identifier | Change to Temp | \"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":23.9}}\"\"\"",
        "\"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":23}}\"\"\" | atflow.tsl-float-without-point | Change to 23.0 | \"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Temp\":23.0}}\"\"\"",
        "\"{\\\"id\\\":\\\"1\\\",\\\"method\\\":\\\"thing.event.property.post\\\",\\\"params\\\":{\\\"Temp\\\":23}}\" | atflow.tsl-float-without-point | Change to 23.0 | \"{\\\"id\\\":\\\"1\\\",\\\"method\\\":\\\"thing.event.property.post\\\",\\\"params\\\":{\\\"Temp\\\":23.0}}\"",
        "\"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"GeoLocation\":{\"Latitud\":1.5}}}\"\"\" | atflow.tsl-not-in-struct | Change to Latitude | \"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"GeoLocation\":{\"Latitude\":1.5}}}\"\"\"",
        "\"\"\"{\"id\":\"1\",\"params\":{}}\"\"\" | atflow.tsl-no-method | Add \"method\":\"thing.event.property.post\" | \"\"\"{\"method\":\"thing.event.property.post\",\"id\":\"1\",\"params\":{}}\"\"\"",
        "\"{\\\"id\\\":\\\"1\\\",\\\"params\\\":{}}\" | atflow.tsl-no-method | Add \"method\":\"thing.event.property.post\" | \"{\\\"method\\\":\\\"thing.event.property.post\\\",\\\"id\\\":\\\"1\\\",\\\"params\\\":{}}\"",
        "\"\"\"{\"id\":\"1\",\"params\":{},\"method\":\"thing.event.post\"}\"\"\" | atflow.tsl-envelope | Change to \"thing.event.property.post\" | \"\"\"{\"id\":\"1\",\"params\":{},\"method\":\"thing.event.property.post\"}\"\"\"",
        "\"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Firmware\":12}}\"\"\" | atflow.tsl-wrong-type | Change to \"12\" | \"\"\"{\"id\":\"1\",\"method\":\"thing.event.property.post\",\"params\":{\"Firmware\":\"12\"}}\"\"\"" })
    void theFixWritesWhatTheModelWants(String literal, String code, String title, String fixedLiteral) {
        String text = script(literal);
        XtextResource r = IdeTestLanguage.parse(text, SCRIPT);
        Issue issue = IdeTestLanguage.INJECTOR.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL,
                CancelIndicator.NullImpl).stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow();
        List<QuickFix> fixes = IdeTestLanguage.INJECTOR.getInstance(QuickFixes.class).fixes(r, code,
                issue.getOffset(), issue.getLength());
        assertEquals(1, fixes.size(), fixes::toString);
        assertEquals(title, fixes.get(0).title());
        String fixed = QuickFixesTest.apply(text, fixes.get(0));
        assertEquals(script(fixedLiteral), fixed);
        assertFalse(issues(fixed).stream().anyMatch(i -> i.getCode() != null && i.getCode().startsWith("atflow.tsl-")),
                () -> issues(fixed).toString());
    }
}
