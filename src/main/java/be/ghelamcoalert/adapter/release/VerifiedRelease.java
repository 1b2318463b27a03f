package be.ghelamcoalert.adapter.release;

/** A bundle whose manifest a trusted key signed and whose files all match it. */
public record VerifiedRelease(ReleaseManifest manifest, String signedBy) {}
