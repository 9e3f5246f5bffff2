package io.atflow.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.security.storage.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.atflow.lang.validation.IssueCodes;
import io.atflow.ui.editor.ScriptEditor;

import io.atflow.ui.tests.support.RepositoryExamples;
import io.atflow.ui.AtFlowUi;

/**
 * Ctrl+1 on the dynamic registration examples (application note §4.2.1-§4.2.3): each example opens in the editor with a
 * wrong password or sign, the error appears, and the quick fix picked by its text in the popup writes back the value
 * the repository's example carries.
 */
class RegistrationQuickFixTest {
    /**
     * The ProductSecrets of the platform emulator's registry (io.atflow.platform's DefaultRegistry, the ones
     * examples/README.md says scripts 4-6 are signed with), put into secure storage as a user would.
     */
    static final Map<String, String> PRODUCT_SECRETS = Map.of("i2uqZnX9tZK", "EmuMeterSecret01", "i2uq9ORmOSM",
            "EmuKitsSecret001", "i2uqzmkZsLG", "EmuHttpsSecret01");
    /** What the examples carry instead of their credential: well-formed hex, signed with nothing. */
    static final String WRONG = "ffffffffffffffffffffffffffffffffffffffff";

    /**
     * One example: its file, the credential it carries, the problem a wrong one raises and the quick fix's text.
     * {@code value} was computed outside the project with python3:
     * {@code hmac.new(ProductSecret, "deviceName<dn>productKey<pk>random<r>", hashlib.sha1).hexdigest()}.
     */
    record Example(String file, String value, String code, String proposal) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                // hmac.new(b"EmuMeterSecret01", b"deviceNamemeter001productKeyi2uqZnX9tZKrandom123", hashlib.sha1)
                new Example("4-one-product-one-secret-register.atflow", "d9051ae5689e2b7bcbbe96d9824f6e686fd32954",
                        IssueCodes.PASSWORD_MISMATCH,
                        "Compute HMAC password: replace with the hmacsha1 signature of smartMeter"),
                // hmac.new(b"EmuKitsSecret001", b"deviceNameKit001productKeyi2uq9ORmOSMrandom123", hashlib.sha1)
                new Example("5-one-product-one-secret-regnwl.atflow", "fd9f0ebb7f2f6ce3e9bf74261f2bafdd1b859994",
                        IssueCodes.PASSWORD_MISMATCH,
                        "Compute HMAC password: replace with the hmacsha1 signature of smartKits"),
                // hmac.new(b"EmuHttpsSecret01", b"deviceNamedevice001productKeyi2uqzmkZsLGrandom003", hashlib.sha1)
                new Example("6-https-registration.atflow", "da2e692592c8c11a5f10de801b894f8ade353874",
                        IssueCodes.SIGN_MISMATCH, "Compute HTTPS sign: replace with the hmacsha1 signature of smartKits"));
    }

    private final Map<String, Optional<String>> saved = new LinkedHashMap<>();

    @BeforeEach
    void productSecrets() throws StorageException {
        for (Map.Entry<String, String> e : PRODUCT_SECRETS.entrySet()) {
            saved.put(e.getKey(), Scripts.saveSecret(e.getKey()));
            AtFlowUi.getDefault().secrets().store(e.getKey(), e.getValue());
        }
    }

    @AfterEach
    void cleanUp() throws StorageException {
        Ui.closeEditors();
        for (Map.Entry<String, Optional<String>> e : saved.entrySet()) {
            Scripts.restoreSecret(e.getKey(), e.getValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void ctrl1WritesTheCredentialTheExampleCarries(Example example) throws CoreException, IOException, CommandException {
        String original = Files.readString(RepositoryExamples.folder().resolve(example.file()));
        assertEquals(1, original.split(example.value(), -1).length - 1, "the example carries the value once");
        IFile file = Ui.file(project(), example.file(), original.replace(example.value(), WRONG));

        ScriptEditor editor = Ui.open(file);
        IMarker marker = QuickFixTest.waitMarker(file, example.code());
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.until(() -> ReconcileMarkersTest.codes(editor, offset).contains(example.code()), "the annotation of the marker");
        QuickAssistPopup.open(editor, offset);
        QuickAssistPopup.choose(editor, example.proposal());

        assertEquals(original, editor.document().get(), "the fix writes back what the example carries");
        Ui.until(() -> Ui.markers(file, example.code()).isEmpty(), () -> "no " + example.code() + " left; have "
                + Ui.describe(file));
    }

    /** The project with the examples' includes ({@code common/}). */
    static IProject project() throws CoreException, IOException {
        IProject project = Ui.project("registration");
        IFolder common = project.getFolder("common");
        if (!common.exists()) {
            common.create(true, true, null);
        }
        Path includes = RepositoryExamples.folder().resolve("common");
        for (String name : new String[] { "network.atflow", "instance.atflow" }) {
            Ui.file(project, "common/" + name, Files.readString(includes.resolve(name)));
        }
        return project;
    }
}
