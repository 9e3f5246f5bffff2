package io.atflow.ui.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** PNG captures of the workbench window into the test bundle's {@code target/screenshots} (looked at by people). */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path capture(Shell window, String name) throws IOException {
        Display d = window.getDisplay();
        Rectangle area = d.map(window, null, window.getClientArea());
        Image image = new Image(d, area.width, area.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(image, area.x, area.y);
        } finally {
            gc.dispose();
        }
        Path png = folder().resolve(name);
        Files.createDirectories(png.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(png.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return png;
    }

    /** {@code target/screenshots} of the test bundle, found from where the bundle was installed. */
    public static Path folder() throws IOException {
        Path bundle = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(Screenshots.class))
                .orElseThrow(() -> new IOException("the test bundle has no file location")).toPath().toAbsolutePath();
        for (Path p = bundle; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
                return p.resolve("screenshots");
            }
        }
        return bundle.resolve("target").resolve("screenshots");
    }
}
