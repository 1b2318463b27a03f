package be.ghelamcoalert.adapter.fleet;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Who the operator is to AWS and where the fleet lives.
 *
 * @param endpoint one endpoint for the IoT control plane and the shadows instead of AWS's (a local
 *                 stand-in); empty for AWS itself
 */
public record FleetAccess(AwsCredentialsProvider credentials, Region region, Optional<URI> endpoint) {

    public FleetAccess {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * The AWS CLI's usual chain: environment, system properties, the shared config and credentials
     * files (the named profile, or {@code AWS_PROFILE}/default), SSO, container and instance roles.
     *
     * @throws FleetException when no region is given and none is configured
     */
    public static FleetAccess of(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {
        var chain = DefaultCredentialsProvider.builder();
        profile.ifPresent(chain::profileName);
        return new FleetAccess(
                chain.build(), region.map(Region::of).orElseGet(() -> configuredRegion(profile)), endpoint);
    }

    private static Region configuredRegion(Optional<String> profile) {
        var chain = DefaultAwsRegionProviderChain.builder();
        profile.ifPresent(chain::profileName);
        try {
            return chain.build().getRegion();
        } catch (RuntimeException e) {
            throw new FleetException("no AWS region: give --region, or set one in the profile or AWS_REGION", e);
        }
    }
}
