package org.synthhealth.core.format.fhir.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.fhir.UsCoreVersion;

/**
 * Finds the FHIR packages a US Core release needs in a folder laid out like the FHIR package cache:
 * {@code <root>/<package id>#<version>/package/*.json}.
 */
public final class PackageFolders {

    /** The terminology package US Core 6.1.0 is validated with (it declares 5.0.0; 5.3.0 is its compatible update). */
    public static final String TERMINOLOGY = "hl7.terminology.r4";
    /** The preferred version of {@link #TERMINOLOGY}. */
    public static final String TERMINOLOGY_VERSION = "5.3.0";
    /** The extensions package US Core 6.1.0 depends on. */
    public static final String EXTENSIONS = "hl7.fhir.uv.extensions.r4#1.0.0";

    private PackageFolders() {
    }

    /** The {@code package} folders to load for a release, US Core first. */
    public static List<Path> forRelease(Path root, UsCoreVersion version) {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("FHIR package cache " + root + ": not a folder; give the folder that holds "
                    + version.packageFolderName() + "/package (default ~/.fhir/packages)");
        }
        List<Path> folders = new ArrayList<>();
        folders.add(required(root, version.packageFolderName()));
        if (version == UsCoreVersion.V6_1_0) {
            folders.add(required(root, terminologyFolder(root)));
            folders.add(required(root, EXTENSIONS));
        }
        return folders;
    }

    /** The {@code package} folder of one package, checked to exist. */
    public static Path required(Path root, String packageFolderName) {
        Path folder = root.resolve(packageFolderName).resolve("package");
        if (!Files.isRegularFile(folder.resolve("package.json"))) {
            throw new InvalidInputException("FHIR package cache " + root + ": " + packageFolderName
                    + "/package/package.json not found; install the package there (for example with the FHIR"
                    + " package tool or by unpacking its .tgz)");
        }
        return folder;
    }

    private static String terminologyFolder(Path root) {
        String preferred = TERMINOLOGY + "#" + TERMINOLOGY_VERSION;
        if (Files.isDirectory(root.resolve(preferred))) {
            return preferred;
        }
        return newestTerminology(root).orElse(preferred);
    }

    private static Optional<String> newestTerminology(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(TERMINOLOGY + "#5."))
                    .max(Comparator.comparing(PackageFolders::versionKey));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String versionKey(String folderName) {
        StringBuilder key = new StringBuilder();
        for (String part : folderName.substring(folderName.indexOf('#') + 1).split("\\.")) {
            key.append(String.format(java.util.Locale.ROOT, "%06d", parseOrZero(part)));
        }
        return key.toString();
    }

    private static int parseOrZero(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
