package be.ghelamcoalert.adapter.release;

import java.util.regex.Pattern;

/**
 * The names inside a bundle: the signed manifest first, its signature second, then the
 * application's files under {@code app/}, with relative paths that cannot leave the folder they
 * are unpacked into.
 */
public final class BundlePaths {
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String APP = "app/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*");

    private BundlePaths() {}

    /** A path of the manifest: relative, '/' separated, no '.' or '..' part, printable ASCII. */
    public static void requireSafe(String path) {
        if (path == null || path.length() > 240 || !SAFE.matcher(path).matches()) {
            throw new ReleaseException("bundle path '" + path + "' is not a plain relative path");
        }
        for (var part : path.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                throw new ReleaseException("bundle path '" + path + "' may not contain '" + part + "'");
            }
        }
    }
}
