package be.ghelamcoalert.app.remote;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How every {@code remote} command reaches AWS, and how it answers. */
final class FleetOptions {
    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "The AWS profile (default: AWS_PROFILE, else the default chain).")
    Optional<String> profile;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "The AWS region, e.g. eu-west-1 (default: from the profile or AWS_REGION).")
    Optional<String> region;

    @Option(
            names = "--endpoint-url",
            paramLabel = "URL",
            description = "Send every request here instead of AWS (a local stand-in).")
    Optional<URI> endpointUrl;

    @Option(names = "--json", description = "Answer in JSON.")
    boolean json;
}
