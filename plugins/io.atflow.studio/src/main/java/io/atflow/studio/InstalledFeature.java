package io.atflow.studio;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.Platform;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the plug-in list of a feature installed in this Eclipse installation. */
final class InstalledFeature {
    private InstalledFeature() {
    }

    static List<String> plugins(String featureId) {
        File features;
        try {
            features = new File(new File(Platform.getInstallLocation().getURL().toURI()), "features");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the installation: " + e.getMessage());
        }
        File[] dirs = features.listFiles((d, n) -> n.startsWith(featureId + "_"));
        if (dirs == null || dirs.length != 1) {
            throw new IllegalStateException("feature " + featureId + " is not installed in " + features);
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(new File(dirs[0], "feature.xml"))
                    .getElementsByTagName("plugin");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                ids.add(((Element) nodes.item(i)).getAttribute("id"));
            }
            return ids;
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read " + dirs[0] + "/feature.xml: " + e.getMessage());
        }
    }
}
