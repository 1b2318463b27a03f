package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.fleet.ProvisionedKiosk;
import be.ghelamcoalert.adapter.fleet.Provisioning;
import be.ghelamcoalert.app.ExitCodes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code remote provision --thing T --group G --out DIR}: a new kiosk in the fleet, and the folder
 * to copy onto its Pi: certificate, private key (only ever written there, mode 600, in a folder of
 * mode 700) and the lines of its environment file.
 */
@Command(
        name = "provision",
        mixinStandardHelpOptions = true,
        description = "Creates a kiosk's thing, certificate and key, attaches the kiosk policy, adds it to a group, "
                + "and writes the folder for its Pi.")
final class ProvisionCommand extends RemoteSubcommand {
    static final String CERTIFICATE = "certificate.pem.crt";
    static final String PRIVATE_KEY = "private.pem.key";
    static final String CA = "AmazonRootCA1.pem";
    static final String ENVIRONMENT = "ghelamco-alert.env";
    private static final String OWNER_ONLY = "rw-------";

    @Option(
            names = "--thing",
            required = true,
            paramLabel = "THING",
            description = "The new kiosk's thing name, e.g. ghelamco-alert-lobby-2.")
    String thing;

    @Option(
            names = "--group",
            paramLabel = "GROUP",
            description = "The thing group to add it to, e.g. ghelamco-kiosks.")
    Optional<String> group;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "A new (or empty) folder for the kiosk's files.")
    Path out;

    @Option(
            names = "--policy",
            defaultValue = "ghelamco-alert-kiosk",
            paramLabel = "NAME",
            description =
                    "The IoT policy for the certificate, as the fleet stack names it (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(
            names = "--ca",
            paramLabel = "FILE",
            description = "Amazon's root CA (AmazonRootCA1.pem) to copy into the folder.")
    Optional<Path> ca;

    @Option(
            names = "--pi-dir",
            defaultValue = "/etc/ghelamco-alert/iot",
            paramLabel = "DIR",
            description =
                    "Where the folder goes on the Pi, for the paths in the environment file (default: ${DEFAULT-VALUE}).")
    String piDirectory;

    @Override
    public Integer call() {
        return RemoteCommand.answering(spec, () -> {
            if (Files.exists(out) && (!Files.isDirectory(out) || hasFiles(out))) {
                throw new IllegalArgumentException(
                        out + " exists and is not an empty folder: keys are never written over");
            }
            try (var aws = remote.open(fleet)) {
                var kiosk = new Provisioning(aws).provision(thing, group, policy);
                write(kiosk);
                if (fleet.json) {
                    var json = new ObjectMapper();
                    spec.commandLine()
                            .getOut()
                            .println(json.writerWithDefaultPrettyPrinter()
                                    .writeValueAsString(json.createObjectNode()
                                            .put("thing", kiosk.thing())
                                            .put("thingArn", kiosk.thingArn())
                                            .put("certificateId", kiosk.certificateId())
                                            .put("certificateArn", kiosk.certificateArn())
                                            .put("endpoint", kiosk.dataEndpoint())
                                            .put("folder", out.toAbsolutePath().toString())));
                } else {
                    var stdout = spec.commandLine().getOut();
                    stdout.println("Kiosk " + thing + " provisioned"
                            + group.map(g -> " in group " + g).orElse("") + " (certificate " + kiosk.certificateId()
                            + ", endpoint " + kiosk.dataEndpoint() + ").");
                    stdout.println("Copy " + out + " to the Pi as " + piDirectory
                            + " (owner kiosk) and add the lines of " + ENVIRONMENT
                            + " to /etc/ghelamco-alert/ghelamco-alert.env."
                            + (ca.isEmpty()
                                    ? " Add " + CA + " from https://www.amazontrust.com/repository/AmazonRootCA1.pem."
                                    : ""));
                }
                return ExitCodes.OK;
            }
        });
    }

    private void write(ProvisionedKiosk kiosk) throws IOException {
        if (!Files.exists(out)) {
            Files.createDirectories(
                    out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
        ownerOnly(CERTIFICATE, kiosk.certificatePem());
        ownerOnly(PRIVATE_KEY, kiosk.privateKey());
        if (ca.isPresent()) {
            ownerOnly(CA, Files.readString(ca.get(), StandardCharsets.US_ASCII));
        }
        ownerOnly(ENVIRONMENT, """
                # AWS IoT of kiosk %s (certificate %s), written by ghelamco-alert remote provision.
                # Add these lines to /etc/ghelamco-alert/ghelamco-alert.env on the Pi.
                GHELAMCO__IOT__ENDPOINT=%s
                GHELAMCO__IOT__THINGNAME=%s
                GHELAMCO__IOT__CERTIFICATE=%s/%s
                GHELAMCO__IOT__PRIVATEKEY=%s/%s
                GHELAMCO__IOT__CACERTIFICATE=%s/%s
                """.formatted(
                        kiosk.thing(),
                        kiosk.certificateId(),
                        kiosk.dataEndpoint(),
                        kiosk.thing(),
                        piDirectory,
                        CERTIFICATE,
                        piDirectory,
                        PRIVATE_KEY,
                        piDirectory,
                        CA));
    }

    /** A new file that only its owner can read: created so, never opened wider first. */
    private void ownerOnly(String name, String text) throws IOException {
        var file = Files.createFile(
                out.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
