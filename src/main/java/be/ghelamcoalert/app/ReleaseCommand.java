package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.release.ReleaseException;
import be.ghelamcoalert.adapter.release.ReleaseKeys;
import be.ghelamcoalert.adapter.release.ReleasePacker;
import be.ghelamcoalert.adapter.release.ReleaseVerifier;
import be.ghelamcoalert.core.model.ReleaseVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Operator commands for signed release bundles (over-the-air updates). */
@Command(
        name = "release",
        mixinStandardHelpOptions = true,
        description = "Signed release bundles for over-the-air updates.",
        subcommands = {ReleaseCommand.Pack.class, ReleaseCommand.Verify.class, ReleaseCommand.Keygen.class})
final class ReleaseCommand implements Callable<Integer> {
    /** Where a kiosk keeps the public keys it trusts. */
    static final String TRUSTED_KEYS = "/etc/ghelamco-alert/release-keys";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.REJECTED;
    }

    @Command(
            name = "pack",
            mixinStandardHelpOptions = true,
            description =
                    "Packs an application folder (the jar, lib/, the AOT inputs) into a bundle with a signed manifest.")
    static final class Pack implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--key",
                required = true,
                paramLabel = "PRIVATE.pem",
                description = "The Ed25519 private key (PKCS#8 PEM).")
        Path key;

        @Option(
                names = "--release-version",
                paramLabel = "VERSION",
                description = "The release's version (default: Implementation-Version of the jar in DIR).")
        Optional<String> version;

        @Option(
                names = "--arch",
                paramLabel = "ARCH",
                split = ",",
                defaultValue = "aarch64",
                description = "The architectures it runs on, as Java names them (default: ${DEFAULT-VALUE}).")
        List<String> architectures;

        @Option(
                names = "--out",
                paramLabel = "BUNDLE",
                description = "The bundle to write (default: ghelamco-alert-VERSION.zip).")
        Optional<Path> out;

        @Parameters(paramLabel = "DIR", description = "The application folder as installed: the jar and lib/.")
        Path dir;

        @Override
        public Integer call() throws IOException {
            var stdout = spec.commandLine().getOut();
            try {
                var release = ReleaseVersion.of(version.orElseGet(() -> jarVersion(dir)));
                var bundle = out.orElse(Path.of("ghelamco-alert-" + release + ".zip"));
                var manifest = new ReleasePacker(ReleaseKeys.readPrivate(key))
                        .pack(dir, release, Database.SCHEMA_VERSION, architectures, bundle);
                stdout.println("packed " + bundle + ": version " + manifest.version() + ", minimum store schema "
                        + manifest.minimumSchema() + ", " + manifest.files().size() + " files, for "
                        + manifest.architectures());
                return ExitCodes.OK;
            } catch (ReleaseException | IllegalArgumentException e) {
                stdout.println("not packed: " + e.getMessage());
                return ExitCodes.REJECTED;
            }
        }

        private static String jarVersion(Path dir) {
            try (var jars = Files.list(dir)) {
                for (var jar :
                        jars.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                    try (var file = new JarFile(jar.toFile())) {
                        var manifest = file.getManifest();
                        var version = manifest == null
                                ? null
                                : manifest.getMainAttributes().getValue("Implementation-Version");
                        if (version != null) {
                            return version;
                        }
                    }
                }
            } catch (IOException e) {
                throw new ReleaseException("cannot read the jars in " + dir + ": " + e.getMessage(), e);
            }
            throw new ReleaseException(
                    "no jar in " + dir + " names its Implementation-Version; give --release-version");
        }
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description =
                    "Checks a bundle offline: signature by a trusted key, every file's SHA-256. Exit code 0 or 1.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--keys",
                paramLabel = "DIR",
                defaultValue = TRUSTED_KEYS,
                description = "The trusted public keys, *.pem (default: ${DEFAULT-VALUE}).")
        Path keys;

        @Parameters(paramLabel = "BUNDLE")
        Path bundle;

        @Override
        public Integer call() {
            var stdout = spec.commandLine().getOut();
            try {
                var verified = new ReleaseVerifier(ReleaseKeys.trusted(keys)).verify(bundle);
                var manifest = verified.manifest();
                stdout.println("valid: version " + manifest.version() + ", minimum store schema "
                        + manifest.minimumSchema() + ", " + manifest.files().size() + " files, for "
                        + manifest.architectures() + ", signed by " + verified.signedBy());
                return ExitCodes.OK;
            } catch (ReleaseException e) {
                stdout.println("invalid: " + e.getMessage());
                return ExitCodes.REJECTED;
            }
        }
    }

    @Command(
            name = "keygen",
            mixinStandardHelpOptions = true,
            description =
                    "Makes an Ed25519 key pair: NAME.key.pem (private, mode 600; keep it off the kiosks) and NAME.pem (public).")
    static final class Keygen implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                defaultValue = ".",
                description = "Where to write the two files (default: ${DEFAULT-VALUE}).")
        Path out;

        @Parameters(paramLabel = "NAME", description = "The key's name, e.g. release-2026.")
        String name;

        @Override
        public Integer call() throws IOException, NoSuchAlgorithmException {
            var stdout = spec.commandLine().getOut();
            var privateFile = out.resolve(name + ".key.pem");
            var publicFile = out.resolve(name + ".pem");
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                stdout.println("not written: " + privateFile + " or " + publicFile + " exists already");
                return ExitCodes.REJECTED;
            }
            var pair = KeyPairGenerator.getInstance(ReleaseKeys.ALGORITHM).generateKeyPair();
            Files.createFile(
                    privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(
                    privateFile,
                    ReleaseKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(
                    publicFile, ReleaseKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            stdout.println("wrote " + privateFile + " (private) and " + publicFile + " (public: copy it to "
                    + TRUSTED_KEYS + "/)");
            return ExitCodes.OK;
        }
    }
}
