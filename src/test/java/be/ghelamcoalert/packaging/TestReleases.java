package be.ghelamcoalert.packaging;

import be.ghelamcoalert.adapter.persistence.Database;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;

/**
 * Application folders as {@code mvn package} lays them out ({@code ghelamco-alert-<version>.jar}
 * with {@code Implementation-Version} and a {@code Class-Path} into {@code lib/}), made from this test
 * run's classes and libraries, so that the launcher starts a real kiosk from them. A version is what
 * the jar's manifest says, as for a built release; the kinds of bad release are built the way a
 * release goes bad.
 */
final class TestReleases {
    /** Libraries only tests use: left out of a release (as {@code mvn package} leaves them out). */
    private static final Pattern TEST_ONLY = Pattern.compile(
            "junit|opentest4j|apiguardian|assertj|archunit|testfx-core|awaitility|hamcrest|byte-buddy|mockito|surefire");

    private static final String MONOCLE = "openjfx-monocle";

    enum Kind {
        /** The kiosk as built. */
        GOOD,
        /** Names a main class the jar does not hold: the JVM ends at once with exit code 1, every start. */
        CRASHES_AT_START,
        /** Built without the screen's platform library (Monocle here, as the GTK glass on the Pi): runs, never draws. */
        NEVER_DRAWS,
        /** Brings schema 22 whose migration fails half-way, after a change H2 commits at once. */
        FAILING_MIGRATION
    }

    /** The schema the failing release migrates to. */
    static final String FAILING_SCHEMA = "22";
    /** What the failing migration leaves behind in the store before it fails. */
    static final String FAILING_MIGRATION_COLUMN = "added_by_failed_22";

    private TestReleases() {}

    /** Writes the application of {@code version} into {@code dir}: its jar named as Maven names it, and {@code lib/}. */
    static Path application(Path dir, String version, Kind kind) throws IOException {
        var lib = Files.createDirectories(dir.resolve("lib"));
        var classPath = new ArrayList<String>();
        for (var library : libraries()) {
            var name = library.getFileName().toString();
            if (kind == Kind.NEVER_DRAWS && name.contains(MONOCLE)) {
                continue;
            }
            var target = lib.resolve(name);
            if (!Files.exists(target)) {
                linkOrCopy(library, target);
            }
            classPath.add("lib/" + name);
        }
        var manifest = new Manifest();
        var main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(
                Attributes.Name.MAIN_CLASS,
                kind == Kind.CRASHES_AT_START ? "be.ghelamcoalert.app.NoSuchMain" : "be.ghelamcoalert.app.Main");
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        main.put(new Attributes.Name("Enable-Native-Access"), "ALL-UNNAMED");
        var jar = dir.resolve("ghelamco-alert-" + version + ".jar");
        var overlay = kind == Kind.FAILING_MIGRATION
                ? failingMigration(Files.createTempDirectory(dir.getParent(), "schema22"))
                : Map.<String, Path>of();
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            var classes = classesFolder();
            try (var files = Files.walk(classes)) {
                // Folders too, as Maven writes them: Flyway finds db/migration in a jar through its folder entry.
                for (var file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                    var name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                    if (Files.isDirectory(file)) {
                        out.putNextEntry(new JarEntry(name + "/"));
                    } else {
                        out.putNextEntry(new JarEntry(name));
                        out.write(Files.readAllBytes(overlay.getOrDefault(name, file)));
                    }
                    out.closeEntry();
                }
            }
            for (var extra : overlay.entrySet()) {
                if (!Files.exists(classes.resolve(extra.getKey()))) {
                    out.putNextEntry(new JarEntry(extra.getKey()));
                    out.write(Files.readAllBytes(extra.getValue()));
                    out.closeEntry();
                }
            }
        }
        return dir;
    }

    /**
     * A release of schema 22: {@code Database} compiled from its source with {@code SCHEMA_VERSION = "22"}
     * (so the store at 21 is migrated at start) and a migration V22 that adds a column, which H2 commits at
     * once, and then fails.
     */
    private static Map<String, Path> failingMigration(Path work) throws IOException {
        var source = Path.of("src/main/java/be/ghelamcoalert/adapter/persistence/Database.java");
        var text = Files.readString(source);
        var current = "SCHEMA_VERSION = \"" + Database.SCHEMA_VERSION + "\"";
        if (!text.contains(current)) {
            throw new IllegalStateException("Database.java no longer declares " + current);
        }
        var sources = Files.createDirectories(work.resolve("src/be/ghelamcoalert/adapter/persistence"));
        Files.writeString(
                sources.resolve("Database.java"), text.replace(current, "SCHEMA_VERSION = \"" + FAILING_SCHEMA + "\""));
        var out = Files.createDirectories(work.resolve("classes"));
        var compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(
                null,
                null,
                null,
                "-parameters",
                "-proc:none",
                "-nowarn",
                "-d",
                out.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                sources.resolve("Database.java").toString());
        if (result != 0) {
            throw new IllegalStateException("Database.java with schema " + FAILING_SCHEMA + " did not compile");
        }
        var migration = Files.writeString(work.resolve("V22__failing.sql"), """
                ALTER TABLE events ADD COLUMN %s INT;
                UPDATE no_such_table SET nothing = 1;
                """.formatted(FAILING_MIGRATION_COLUMN));
        var overlay = new java.util.HashMap<String, Path>();
        try (var compiled = Files.walk(out)) {
            compiled.filter(Files::isRegularFile)
                    .forEach(c -> overlay.put(out.relativize(c).toString().replace(File.separatorChar, '/'), c));
        }
        overlay.put("db/migration/V22__failing.sql", migration);
        return overlay;
    }

    private static Path classesFolder() {
        return classPath().stream()
                .filter(p -> p.endsWith(Path.of("target/classes")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no target/classes on the class path"));
    }

    private static List<Path> libraries() {
        return classPath().stream()
                .filter(p -> p.toString().endsWith(".jar"))
                .filter(p -> !TEST_ONLY.matcher(p.getFileName().toString()).find())
                .toList();
    }

    private static List<Path> classPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(Path::of)
                .map(Path::toAbsolutePath)
                .toList();
    }

    private static void linkOrCopy(Path library, Path target) throws IOException {
        try {
            Files.createLink(target, library);
        } catch (IOException | UnsupportedOperationException otherFileSystem) {
            Files.copy(library, target);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
