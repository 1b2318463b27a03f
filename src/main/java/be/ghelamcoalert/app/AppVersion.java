package be.ghelamcoalert.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("dev" when run from classes). */
public final class AppVersion implements IVersionProvider {

    public static String current() {
        var version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Ghelamco Alert " + current()};
    }
}
