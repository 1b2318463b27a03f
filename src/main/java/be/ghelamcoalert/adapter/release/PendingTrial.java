package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A release switched to and not yet judged: what the launcher ({@code kiosk-session.sh}) and the
 * next start need to try it and, if it does not come up, to go back.
 *
 * @param version     the release on trial
 * @param previous    the version that ran before the switch
 * @param switchedAt  when {@code current} was switched: the trial's limit runs from here
 * @param storeBackup where the launcher copies the closed store before the release first starts,
 *                    when the release's minimum schema is newer than the store's; empty when it is not
 */
public record PendingTrial(
        ReleaseVersion version, ReleaseVersion previous, Instant switchedAt, Optional<Path> storeBackup) {}
