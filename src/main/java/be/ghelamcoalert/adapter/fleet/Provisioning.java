package be.ghelamcoalert.adapter.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

/**
 * Puts a kiosk into the fleet, and takes it out again: the thing, an active certificate with its
 * key, the kiosk policy on the certificate, the certificate on the thing, the thing in its group.
 * Taking it out revokes (INACTIVE) and deletes every certificate of the thing, then the thing.
 */
public final class Provisioning {
    private final IotClient iot;

    public Provisioning(Fleet fleet) {
        this.iot = fleet.iot();
    }

    /**
     * @throws FleetException when a step fails; the message names what was created before it, for
     *                        {@link #deprovision(String)} to remove
     */
    public ProvisionedKiosk provision(String thing, Optional<String> group, String policyName) {
        var created = new ArrayList<String>();
        try {
            var thingArn = Fleet.call(
                    "create thing " + thing,
                    () -> iot.createThing(r -> r.thingName(thing)).thingArn());
            created.add("thing " + thing);
            var keys = Fleet.call("create a certificate", () -> iot.createKeysAndCertificate(r -> r.setAsActive(true)));
            created.add("certificate " + keys.certificateId());
            Fleet.call(
                    "attach policy " + policyName,
                    () -> iot.attachPolicy(r -> r.policyName(policyName).target(keys.certificateArn())));
            Fleet.call(
                    "attach the certificate to " + thing,
                    () -> iot.attachThingPrincipal(r -> r.thingName(thing).principal(keys.certificateArn())));
            group.ifPresent(g -> Fleet.call(
                    "add " + thing + " to group " + g,
                    () -> iot.addThingToThingGroup(r -> r.thingName(thing).thingGroupName(g))));
            var endpoint = Fleet.call(
                    "find the IoT data endpoint",
                    () -> iot.describeEndpoint(r -> r.endpointType("iot:Data-ATS"))
                            .endpointAddress());
            return new ProvisionedKiosk(
                    thing,
                    thingArn,
                    keys.certificateId(),
                    keys.certificateArn(),
                    keys.certificatePem(),
                    keys.keyPair().privateKey(),
                    endpoint);
        } catch (FleetException e) {
            throw new FleetException(
                    e.getMessage()
                            + (created.isEmpty()
                                    ? ""
                                    : "; created before that: " + String.join(", ", created)
                                            + " (remove with: remote deprovision --thing " + thing + ")"),
                    e);
        }
    }

    /** Revokes and deletes every certificate of {@code thing}, then the thing; what was done, step by step. */
    public List<String> deprovision(String thing) {
        var done = new ArrayList<String>();
        var principals = Fleet.call(
                "list the certificates of " + thing,
                () -> iot.listThingPrincipals(r -> r.thingName(thing)).principals());
        for (var certificateArn : principals) {
            var certificateId = certificateArn.substring(certificateArn.lastIndexOf('/') + 1);
            Fleet.call(
                    "detach " + certificateId + " from " + thing,
                    () -> iot.detachThingPrincipal(r -> r.thingName(thing).principal(certificateArn)));
            var policies = Fleet.call(
                    "list the policies of " + certificateId,
                    () -> iot.listAttachedPolicies(r -> r.target(certificateArn))
                            .policies());
            for (var policy : policies) {
                Fleet.call(
                        "detach policy " + policy.policyName(),
                        () -> iot.detachPolicy(
                                r -> r.policyName(policy.policyName()).target(certificateArn)));
            }
            Fleet.call(
                    "revoke certificate " + certificateId,
                    () -> iot.updateCertificate(
                            r -> r.certificateId(certificateId).newStatus(CertificateStatus.INACTIVE)));
            done.add("certificate " + certificateId + " revoked (INACTIVE)");
            Fleet.call(
                    "delete certificate " + certificateId,
                    () -> iot.deleteCertificate(r -> r.certificateId(certificateId)));
            done.add("certificate " + certificateId + " deleted");
        }
        Fleet.call("delete thing " + thing, () -> iot.deleteThing(r -> r.thingName(thing)));
        done.add("thing " + thing + " deleted");
        return done;
    }
}
