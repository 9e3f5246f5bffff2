package io.atflow.cli.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.CliException;

/** Lab files: modules with port, baud, profile and tags; every mistake one sentence with file:line. */
class LabFileTest {
    @TempDir
    Path dir;

    private Path lab(String text) throws IOException {
        return Files.writeString(dir.resolve("lab.toml"), text);
    }

    private String error(String text) throws IOException {
        Path file = lab(text);
        CliException e = assertThrows(CliException.class, () -> LabFile.read(file));
        assertEquals(2, e.exitCode());
        return e.getMessage();
    }

    @Test
    void modulesInFileOrder() throws Exception {
        List<LabModule> modules = LabFile.read(lab("""
                # the bench by the window
                [modules.ec25-a]
                port = "/dev/ttyUSB2"
                baud = 921600
                profile = "EC25"
                tags = ["rack1", "cmnet"]

                [modules.remote]
                port = "rfc2217://lab-pi.local:2217"

                [modules.spare]
                port = "SIM"
                profile = "bg95"
                """));
        assertEquals(List.of(
                new LabModule("ec25-a", "/dev/ttyUSB2", 921600, "ec25", List.of("rack1", "cmnet")),
                new LabModule("remote", "rfc2217://lab-pi.local:2217", null, null, List.of()),
                new LabModule("spare", "sim", null, "bg95", List.of())), modules);
    }

    @Test
    void mistakesNameTheLine() throws Exception {
        String f = dir.resolve("lab.toml").toString();
        assertEquals(f + ":3: unknown key \"speed\" in [modules.a]; a module has port, baud, profile and tags",
                error("[modules.a]\nport = \"sim\"\nspeed = 5\n"));
        assertEquals(f + ":3: baud in [modules.a] must be a whole number such as 115200",
                error("[modules.a]\nport = \"/dev/ttyUSB0\"\nbaud = \"fast\"\n"));
        assertEquals(f + ":1: [modules.a] has no port; add port = \"/dev/ttyUSB2\" (or \"sim\", \"rfc2217://host:port\", "
                + "...)", error("[modules.a]\nprofile = \"ec25\"\n"));
        assertEquals(f + ":4: tags in [modules.b] must be a list of strings such as [\"rack1\", \"ec25\"]",
                error("[modules.a]\nport = \"sim\"\n[modules.b]\ntags = [1, 2]\nport = \"sim\"\n"));
        assertEquals(f + ":1: unknown key \"module\"; a lab file has [modules.NAME] tables",
                error("[module.a]\nport = \"sim\"\n"));
        assertEquals(f + ":1: no modules; write one [modules.NAME] table per module with at least port = \"...\"",
                error("# empty\n"));
    }

    @Test
    void tomlSyntaxErrorsComeWithTheirLine() throws Exception {
        String message = error("[modules.a]\nport = \"sim\"\nbaud = \n");
        assertEquals(dir.resolve("lab.toml") + ":3: ", message.substring(0, message.indexOf(": ") + 2), message);
        String unclosed = error("[modules.a]\nport = \"sim\n");
        assertEquals(dir.resolve("lab.toml") + ":2: ", unclosed.substring(0, unclosed.indexOf(": ") + 2), unclosed);
    }

    @Test
    void valuesAreCheckedAsTheRunCommandChecksThem() throws Exception {
        String f = dir.resolve("lab.toml").toString();
        assertEquals(f + ":2: baud applies to serial and rfc2217:// ports only; a is sim",
                error("[modules.a]\nport = \"sim\"\nbaud = 9600\n"));
        assertEquals(f + ":2: profile \"ec99\" of a is not one the language knows; use one of ec2x, bg95, ec21, ec25, "
                + "eg25g, bg96, bg77, bg770a", error("[modules.a]\nport = \"sim\"\nprofile = \"ec99\"\n"));
        String bad = error("[modules.a]\nport = \"tcp://nohost\"\n");
        assertEquals(f + ":2: ", bad.substring(0, bad.indexOf(": ") + 2), bad);
    }

    @Test
    void theExampleLabFileReadsAndItsSimulatedModulesRunTheExamples() throws Exception {
        Path example = Path.of("../../examples/ci/lab.toml");
        List<LabModule> modules = LabFile.read(example);
        assertEquals(List.of("ec25-desk", "bg95-remote", "sim-ec25", "sim-any"), modules.stream().map(LabModule::name)
                .toList());
        assertEquals(new LabModule("bg95-remote", "rfc2217://lab-pi.local:2217", 115200, "bg95", List.of("rack2")),
                modules.get(1));
        Cli.Result r = Cli.test("../../examples/1-network-bring-up.atflow", "--lab", example.toString(), "--tag", "sim");
        assertEquals(0, r.code(), r::toString);
        Cli.Result none = Cli.test("../../examples/1-network-bring-up.atflow", "--lab", example.toString(), "--tag",
                "rack9");
        assertEquals(2, none.code());
        assertEquals("atflow test: no module of " + example + " has the tags rack9 (--tag)\n", none.err());
    }

    @Test
    void missingFileIsOneSentence() {
        CliException e = assertThrows(CliException.class, () -> LabFile.read(dir.resolve("none.toml")));
        assertEquals("no such lab file: " + dir.resolve("none.toml") + " (--lab)", e.getMessage());
    }

    @Test
    void portsListNamesRepeatedPortsByNumber() throws Exception {
        assertEquals(List.of("sim-1", "tcp://127.0.0.1:7000", "sim-2"), ModuleSpecs.ports("sim,tcp://127.0.0.1:7000,SIM")
                .stream().map(LabModule::name).toList());
        CliException e = assertThrows(CliException.class, () -> ModuleSpecs.ports("sim,,sim"));
        assertEquals("--ports sim,,sim has an empty entry; write --ports sim,/dev/ttyUSB2", e.getMessage());
    }
}
