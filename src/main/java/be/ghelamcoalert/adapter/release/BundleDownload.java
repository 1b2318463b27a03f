package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.command.InvalidCommandException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a bundle into a file over https, whole or not at all: at most the size limit, only
 * when its announced length leaves the room the store needs on the data partition, retried from
 * the start (no resume) after a network error or a server error, and computing the SHA-256 on the
 * way. A download that fails (a full disk too) leaves no file behind.
 */
final class BundleDownload {
    private static final Logger LOG = LoggerFactory.getLogger(BundleDownload.class);

    private final HttpClient http;
    private final UpdateSettings settings;

    BundleDownload(HttpClient http, UpdateSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** An attempt that may succeed when tried again. */
    private static final class Retryable extends Exception {
        Retryable(String message) {
            super(message);
        }
    }

    /** Downloads {@code url} into {@code file}; returns its SHA-256. */
    String download(URI url, Path file) {
        requireHttps(url);
        String lastProblem = "";
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                return attempt(url, file);
            } catch (Retryable e) {
                remove(file);
                lastProblem = e.getMessage();
                LOG.warn("Download of the update, attempt {} of {}: {}", attempt, settings.attempts(), lastProblem);
            } catch (InterruptedException e) {
                remove(file);
                Thread.currentThread().interrupt();
                throw UpdateRefused.because("url", "the download was interrupted (the kiosk is stopping)");
            } catch (RuntimeException e) {
                remove(file);
                throw e;
            }
        }
        throw UpdateRefused.because(
                "url", "the download failed " + settings.attempts() + " times, last: " + lastProblem);
    }

    private static void requireHttps(URI url) {
        if (!"https".equals(url.getScheme())) {
            throw new InvalidCommandException("url", "must be an https URL");
        }
    }

    private String attempt(URI url, Path file) throws Retryable, InterruptedException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(url)
                            .timeout(settings.attemptTimeout())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (SSLHandshakeException e) {
            throw UpdateRefused.because(
                    "url", "the server's certificate is not trusted (" + url.getHost() + "): " + e.getMessage());
        } catch (IOException e) {
            throw new Retryable("no answer: " + e);
        }
        try (var body = response.body()) {
            if (response.statusCode() >= 500) {
                throw new Retryable("the server answered HTTP " + response.statusCode());
            }
            if (response.statusCode() != 200) {
                throw UpdateRefused.because(
                        "url",
                        "the server answered HTTP " + response.statusCode() + " (an expired or wrong presigned URL?)");
            }
            var announced = response.headers().firstValueAsLong("Content-Length");
            if (announced.isPresent() && announced.getAsLong() > settings.maxBundleBytes()) {
                throw UpdateRefused.because(
                        "url",
                        "the bundle is " + announced.getAsLong() + " bytes, more than the limit of "
                                + settings.maxBundleBytes());
            }
            if (announced.isPresent()) {
                requireRoomFor(announced.getAsLong(), file.getParent());
            }
            return copy(body, file, announced.isPresent() ? " of " + announced.getAsLong() : "");
        } catch (IOException e) {
            throw new Retryable("the download broke off: " + e);
        }
    }

    /** Copies the body; a network error is {@link Retryable}, a full or broken disk is not. {@code ofLength}: " of N" when announced. */
    private String copy(InputStream body, Path file, String ofLength) throws Retryable {
        var digest = Sha256.digest();
        long total = 0;
        try (var out = Files.newOutputStream(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            var buffer = new byte[64 * 1024];
            while (true) {
                int n;
                try {
                    n = body.read(buffer);
                } catch (IOException e) {
                    throw new Retryable("the download broke off after " + total + ofLength + " bytes ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
                }
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > settings.maxBundleBytes()) {
                    throw UpdateRefused.because(
                            "url", "the bundle is larger than the limit of " + settings.maxBundleBytes() + " bytes");
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("No space left")) {
                throw UpdateRefused.because(
                        "url",
                        "the data partition is full (" + file.getParent() + "): the download stopped after "
                                + megabytes(total) + "; free space on the kiosk, then send the job again");
            }
            throw UpdateRefused.because(
                    "url", "cannot store the download in " + file.getParent() + ": " + e.getMessage());
        }
        LOG.info("Downloaded the update: {} bytes", total);
        return Sha256.hex(digest);
    }

    /** Refuses a bundle that would leave the data partition (and so the store) less than the room to keep. */
    private void requireRoomFor(long length, Path folder) {
        long free;
        try {
            free = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            throw UpdateRefused.because("url", "cannot tell the free space in " + folder + ": " + e.getMessage());
        }
        if (length > free - settings.keepFreeBytes()) {
            throw UpdateRefused.because(
                    "url",
                    "the data partition is too full for the bundle (" + folder + "): the bundle is "
                            + megabytes(length) + ", " + megabytes(free) + " is free and "
                            + megabytes(settings.keepFreeBytes())
                            + " must stay free for the store; free space on the kiosk, then send the job again");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.error("Could not remove the download {}: {}", file, e.toString());
        }
    }
}
