package io.atflow.cli.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The class path {@code ./atflow} starts with: signed jars (Eclipse's, Bouncy Castle's) replaced by copies without
 * their signature files. The JDK checks every signed jar's digests as its classes load and never puts a signed jar's
 * classes in a class-data-sharing archive, which together cost about half of a short command's start-up; the
 * copies load like any jar and can be archived. Nothing but the signature files ({@code META-INF/*.SF}, {@code .RSA},
 * {@code .DSA}, {@code .EC}) is left out. Run once per build by the launcher:
 * {@code java -cp cli.jar io.atflow.cli.boot.UnsignedClassPath <copies folder> <class path>} prints the new path.
 */
public final class UnsignedClassPath {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private UnsignedClassPath() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: UnsignedClassPath <copies folder> <class path>");
            System.exit(2);
        }
        try {
            System.out.println(rewrite(Path.of(args[0]), args[1]));
        } catch (IOException | UncheckedIOException e) {
            System.err.println("atflow: cannot prepare the class path in " + args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** {@code classPath} with every signed jar replaced by an unsigned copy in {@code folder}. */
    public static String rewrite(Path folder, String classPath) throws IOException {
        Files.createDirectories(folder);
        List<String> out = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path jar = Path.of(entry);
            out.add(entry.endsWith(".jar") && isSigned(jar) ? copy(jar, folder).toString() : entry);
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
        }
    }

    /** The unsigned copy of {@code jar}, written beside the others and moved in whole. */
    static Path copy(Path jar, Path folder) throws IOException {
        Path target = folder.resolve(jar.getFileName());
        Path scratch = Files.createTempFile(folder, jar.getFileName().toString(), ".part");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(scratch);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (SIGNATURE.matcher(e.getName()).matches()) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(scratch);
            throw e;
        }
        return Files.move(scratch, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
