package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an update job's bundle: refuses a downgrade the job does not allow before anything is
 * downloaded, downloads it ({@link BundleDownload}), checks the job's SHA-256, the signature and
 * every file ({@link ReleaseVerifier}), the version the manifest names and this kiosk's
 * architecture, and keeps it as {@code <downloads>/ghelamco-alert-<version>.zip}. Whatever is
 * refused is removed again, with the reason for the job's status. The first step of
 * {@link ReleaseInstaller}.
 */
public final class ReleaseUpdater {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseUpdater.class);

    private final UpdateSettings settings;
    private final BundleDownload download;
    private final ReleaseVersion running;
    private final Optional<ReleaseVersion> packaged;
    private final String architecture;

    /**
     * @param http         the client downloads go through (redirects followed, never from https to http)
     * @param running      the version of the application that runs now
     * @param architecture this machine's architecture as Java names it ({@code os.arch}, e.g. aarch64)
     */
    public ReleaseUpdater(UpdateSettings settings, HttpClient http, ReleaseVersion running, String architecture) {
        this(settings, http, running, Optional.empty(), architecture);
    }

    /**
     * @param packaged the version of the installed package, when there is one: the launcher starts an
     *                 over-the-air release only when it is newer, so an older one is refused even when
     *                 the job allows a downgrade (it would never run, and its trial would fail)
     */
    public ReleaseUpdater(
            UpdateSettings settings,
            HttpClient http,
            ReleaseVersion running,
            Optional<ReleaseVersion> packaged,
            String architecture) {
        this.settings = settings;
        this.download = new BundleDownload(http, settings);
        this.running = running;
        this.packaged = packaged;
        this.architecture = architecture;
    }

    /** The client the kiosk downloads with: the JDK's trusted authorities, as an S3 presigned URL needs. */
    public static HttpClient httpClient() {
        return builder().build();
    }

    /** The same client trusting what {@code tls} trusts (a test's own authority) instead of the JDK's authorities. */
    public static HttpClient httpClient(SSLContext tls) {
        return builder().sslContext(tls).build();
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL);
    }

    /** Where a verified bundle of {@code version} is kept. */
    public Path staged(ReleaseVersion version) {
        return settings.downloads().resolve("ghelamco-alert-" + version + ".zip");
    }

    /**
     * Downloads and checks the job's bundle and keeps it as {@link #staged}; returns its version.
     *
     * @throws InvalidCommandException naming the job's field and the reason; nothing is left behind
     */
    public ReleaseVersion stage(UpdateRelease update) {
        var version = update.version();
        if (!version.isNewerThan(running) && !update.allowDowngrade()) {
            throw new InvalidCommandException("version", Refusal.UPDATE_NOT_NEWER, version, running);
        }
        if (packaged.isPresent() && !version.isNewerThan(packaged.get())) {
            throw new InvalidCommandException("version", Refusal.UPDATE_BELOW_PACKAGE, version, packaged.get());
        }
        var partial = settings.downloads().resolve("ghelamco-alert-" + version + ".zip.partial");
        try {
            Files.createDirectories(settings.downloads());
        } catch (IOException e) {
            throw new InvalidCommandException(
                    "url",
                    Refusal.BUNDLE_NOT_DOWNLOADED,
                    version,
                    "cannot create the download folder " + settings.downloads() + ": " + e.getMessage());
        }
        LOG.info("Update to {}: downloading {}", version, update.url().getHost());
        var hash = downloaded(update, partial);
        try {
            if (!hash.equals(update.sha256())) {
                throw new InvalidCommandException(
                        "sha256", Refusal.BUNDLE_HASH_MISMATCH, version, hash, update.sha256());
            }
            var manifest = verify(partial, version).manifest();
            if (!manifest.releaseVersion().equals(version)) {
                throw new InvalidCommandException("version", Refusal.BUNDLE_OTHER_VERSION, version, manifest.version());
            }
            if (!manifest.runsOn(architecture)) {
                throw new InvalidCommandException(
                        "url",
                        Refusal.BUNDLE_OTHER_ARCHITECTURE,
                        version,
                        String.join(", ", manifest.architectures()),
                        architecture);
            }
            var staged = staged(version);
            Files.move(partial, staged, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Update to {} downloaded and verified: {}", version, staged);
            return version;
        } catch (IOException e) {
            throw new InvalidCommandException(
                    "url",
                    Refusal.BUNDLE_NOT_DOWNLOADED,
                    version,
                    "cannot keep the verified bundle: " + e.getMessage());
        } finally {
            BundleDownload.remove(partial);
        }
    }

    /** The download's SHA-256; a download that failed is refused with its reason and the release's version. */
    private String downloaded(UpdateRelease update, Path partial) {
        try {
            return download.download(update.url(), partial);
        } catch (InvalidCommandException e) {
            throw new InvalidCommandException(e.field(), Refusal.BUNDLE_NOT_DOWNLOADED, update.version(), e.reason());
        }
    }

    private VerifiedRelease verify(Path bundle, ReleaseVersion version) {
        try {
            return new ReleaseVerifier(ReleaseKeys.trusted(settings.trustedKeys())).verify(bundle);
        } catch (ReleaseException e) {
            throw new InvalidCommandException("url", Refusal.BUNDLE_NOT_TRUSTED, version, e.getMessage());
        }
    }
}
