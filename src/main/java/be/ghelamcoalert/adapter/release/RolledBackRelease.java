package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;

/** A release the launcher switched away from after its trial failed, and why: the update job is reported FAILED with it. */
public record RolledBackRelease(ReleaseVersion version, String reason) {}
