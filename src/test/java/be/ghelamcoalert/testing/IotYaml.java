package be.ghelamcoalert.testing;

import java.nio.file.Path;

/** The {@code iot:} section of a kiosk.yaml for a local broker; callers append keys of their own (indented two spaces). */
public final class IotYaml {
    private IotYaml() {}

    public static String section(
            String endpoint, int port, String thing, Path certificate, Path privateKey, Path caCertificate) {
        return """
                iot:
                  endpoint: %s
                  port: %d
                  thingName: %s
                  certificate: %s
                  privateKey: %s
                  caCertificate: %s
                """.formatted(endpoint, port, thing, certificate, privateKey, caCertificate);
    }
}
