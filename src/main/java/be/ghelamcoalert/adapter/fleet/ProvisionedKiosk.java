package be.ghelamcoalert.adapter.fleet;

/**
 * A kiosk just provisioned: its thing, its new certificate and key, and where it connects.
 *
 * @param privateKey the PEM private key: AWS hands it out once; it is never logged or printed
 */
public record ProvisionedKiosk(
        String thing,
        String thingArn,
        String certificateId,
        String certificateArn,
        String certificatePem,
        String privateKey,
        String dataEndpoint) {

    @Override
    public String toString() {
        return "ProvisionedKiosk[thing=" + thing + ", certificateId=" + certificateId + ", dataEndpoint=" + dataEndpoint
                + "]";
    }
}
