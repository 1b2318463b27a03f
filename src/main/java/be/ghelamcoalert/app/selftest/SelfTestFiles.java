package be.ghelamcoalert.app.selftest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the self-test looks: the files the service reads and the data directory it writes.
 *
 * @param dataDirectory empty: the one the configuration names, else the package's
 *                      {@code /var/lib/ghelamco-alert}
 * @param gpioDevices   where the GPIO chips' device files are ({@code /dev})
 */
record SelfTestFiles(
        Path kioskYaml, Path fixturesYaml, Path environmentFile, Optional<Path> dataDirectory, Path gpioDevices) {
    static final Path PACKAGE_DATA_DIRECTORY = Path.of("/var/lib/ghelamco-alert");
}
