package be.ghelamcoalert.core.model.command;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Install a signed release bundle (an over-the-air update). Only a remote job sends it, so its
 * refusals are {@link Refusal#INVALID} with the English detail.
 *
 * @param url            where to download the bundle (an S3 presigned URL in practice)
 * @param sha256         the bundle's SHA-256, 64 lower-case hex digits
 * @param version        the release's version, which the bundle's signed manifest must name too
 * @param allowDowngrade whether a version not newer than the running one may be installed
 */
public record UpdateRelease(URI url, String sha256, ReleaseVersion version, boolean allowDowngrade)
        implements KioskCommand {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public UpdateRelease {
        Checks.present(url, "url");
        Checks.present(version, "version");
        if (!url.isAbsolute()
                || url.getHost() == null
                || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new InvalidCommandException("url", Refusal.INVALID, "must be an absolute https URL");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new InvalidCommandException("sha256", Refusal.INVALID, "must be 64 lower-case hex digits");
        }
    }

    @Override
    public Operation operation() {
        return Operation.UPDATE;
    }
}
