package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a release bundle holds, signed as its exact bytes ({@code manifest.json}): the version,
 * the oldest store schema it needs (a newer one than the running store's means it migrates the
 * store, so the store is backed up first), the architectures it runs on ({@code os.arch} names,
 * e.g. aarch64) and the SHA-256 of every file of the application, by its path in the bundle.
 */
public record ReleaseManifest(
        int format, String version, String minimumSchema, List<String> architectures, SortedMap<String, String> files) {
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public ReleaseManifest {
        if (format != FORMAT) {
            throw new ReleaseException(
                    "manifest format " + format + " is not the format " + FORMAT + " this kiosk reads");
        }
        try {
            ReleaseVersion.of(version);
        } catch (IllegalArgumentException e) {
            throw new ReleaseException("manifest version: " + e.getMessage());
        }
        if (minimumSchema == null || !minimumSchema.matches("[0-9]{1,6}")) {
            throw new ReleaseException(
                    "manifest minimumSchema must be a store schema version such as 9, was " + minimumSchema);
        }
        if (architectures == null
                || architectures.isEmpty()
                || architectures.stream().anyMatch(a -> a == null || !a.matches("[a-z0-9_]{1,20}"))) {
            throw new ReleaseException(
                    "manifest architectures must name at least one architecture such as aarch64, was " + architectures);
        }
        if (files == null || files.isEmpty()) {
            throw new ReleaseException("manifest lists no files");
        }
        files.forEach((path, hash) -> {
            BundlePaths.requireSafe(path);
            if (hash == null || !Sha256.HEX.matcher(hash).matches()) {
                throw new ReleaseException("manifest hash of " + path + " is not 64 lower-case hex digits");
            }
        });
        architectures = List.copyOf(architectures);
        files = new TreeMap<>(files);
    }

    public static ReleaseManifest of(
            ReleaseVersion version, String minimumSchema, List<String> architectures, Map<String, String> files) {
        return new ReleaseManifest(FORMAT, version.text(), minimumSchema, architectures, new TreeMap<>(files));
    }

    public ReleaseVersion releaseVersion() {
        return ReleaseVersion.of(version);
    }

    public boolean runsOn(String architecture) {
        return architectures.contains(architecture);
    }

    public byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a release manifest", e);
        }
    }

    /** Reads the manifest's bytes: every field required, no other field, no field twice. */
    public static ReleaseManifest parse(byte[] json) {
        try {
            return JSON.readValue(json, ReleaseManifest.class);
        } catch (ReleaseException e) {
            throw e;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ReleaseException release) {
                throw release;
            }
            throw new ReleaseException("manifest.json cannot be read: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReleaseException("manifest.json cannot be read: " + e.getMessage(), e);
        }
    }
}
