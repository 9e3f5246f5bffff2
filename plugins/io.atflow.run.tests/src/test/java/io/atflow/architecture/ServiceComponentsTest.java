package io.atflow.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every Declarative Services descriptor a manifest names ({@code Service-Component}) is well-formed XML whose
 * implementation class and provided interfaces exist in the sources: SCR only logs a broken descriptor, and the
 * service (e.g. {@code --port sim} in Eclipse) silently goes missing.
 */
class ServiceComponentsTest {
    private static final Path PLUGINS = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyDescriptorParsesAndNamesExistingTypes() throws Exception {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(PLUGINS)) {
            for (Path bundle : bundles.filter(b -> Files.isRegularFile(b.resolve("META-INF/MANIFEST.MF"))).toList()) {
                Manifest m;
                try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
                    m = new Manifest(in);
                }
                String header = m.getMainAttributes().getValue("Service-Component");
                if (header == null) {
                    continue;
                }
                for (String entry : header.split(",")) {
                    Path xml = bundle.resolve(entry.strip());
                    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
                    Element impl = (Element) d.getElementsByTagName("implementation").item(0);
                    assertTrue(source(impl.getAttribute("class")), xml + ": no class " + impl.getAttribute("class"));
                    var provides = d.getElementsByTagName("provide");
                    for (int i = 0; i < provides.getLength(); i++) {
                        String type = ((Element) provides.item(i)).getAttribute("interface");
                        assertTrue(source(type), xml + ": no type " + type);
                    }
                    checked.add(PLUGINS.relativize(xml).toString());
                }
            }
        }
        assertEquals(List.of("io.atflow.launch/OSGI-INF/urc-log.xml", "io.atflow.secrets/OSGI-INF/workbench-secrets.xml",
                "io.atflow.sim/OSGI-INF/sim-target.xml"), checked.stream().sorted().toList());
    }

    /** Whether a bundle's {@code src/main/java} holds the type. */
    private static boolean source(String type) throws Exception {
        String file = "src/main/java/" + type.replace('.', '/') + ".java";
        try (Stream<Path> bundles = Files.list(PLUGINS)) {
            return bundles.anyMatch(b -> Files.isRegularFile(b.resolve(file)));
        }
    }
}
