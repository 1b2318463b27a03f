package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.ReleaseChange;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest state of the light, the cloud connection, the fixture sources, the health of
 * every {@link Part} and the last change of release (an update kept or rolled back). The alarm engine, the IoT adapter, the import and the part supervisor set
 * it; the screen, the shadow, the metrics and the watchdog read it from here, the one place. Every
 * change is published on the {@link ChangeFeed}.
 */
public final class StatusBoard {
    private final ChangeFeed changes;
    private final AtomicReference<LightStatus> light = new AtomicReference<>(LightStatus.off());
    private final AtomicReference<CloudStatus> cloud;
    private final AtomicReference<ImportStatus> fixtures = new AtomicReference<>(ImportStatus.notConfigured());
    private final Map<Part, PartHealth> parts = new ConcurrentHashMap<>();
    private final AtomicReference<Optional<ReleaseChange>> release = new AtomicReference<>(Optional.empty());

    public StatusBoard(Clock clock, ChangeFeed changes) {
        this.changes = changes;
        var now = clock.instant();
        this.cloud = new AtomicReference<>(CloudStatus.notConfigured(now));
        Arrays.stream(Part.values()).forEach(part -> parts.put(part, PartHealth.starting(part, now)));
    }

    /** The health of every part, in {@link Part} order. */
    public List<PartHealth> health() {
        return Arrays.stream(Part.values()).map(parts::get).toList();
    }

    public PartHealth health(Part part) {
        return parts.get(part);
    }

    /** The parts that are failed or degraded, in {@link Part} order. */
    public List<PartHealth> troubles() {
        return health().stream().filter(PartHealth::troubled).toList();
    }

    /** Records how a part is doing; a report that changes nothing (state and reason) is not published. */
    public void report(PartHealth health) {
        var changed = new AtomicBoolean();
        parts.compute(health.part(), (part, previous) -> {
            if (previous != null && previous.sameAs(health)) {
                return previous; // keeps since when it began
            }
            changed.set(true);
            return health;
        });
        if (changed.get()) {
            changes.publish(ChangeFeed.Topic.HEALTH);
        }
    }

    public LightStatus light() {
        return light.get();
    }

    public CloudStatus cloud() {
        return cloud.get();
    }

    public ImportStatus fixtures() {
        return fixtures.get();
    }

    public void light(LightStatus status) {
        if (!status.equals(light.getAndSet(status))) {
            changes.publish(ChangeFeed.Topic.RELAY);
        }
    }

    public void cloud(CloudStatus status) {
        if (!status.equals(cloud.getAndSet(status))) {
            changes.publish(ChangeFeed.Topic.CLOUD);
        }
    }

    public void fixtures(ImportStatus status) {
        if (!status.equals(fixtures.getAndSet(status))) {
            changes.publish(ChangeFeed.Topic.IMPORT);
        }
    }

    /** The last change of release this process knows of: an update it was kept after, or a rollback it runs after. */
    public Optional<ReleaseChange> release() {
        return release.get();
    }

    public void release(ReleaseChange change) {
        if (!Optional.of(change).equals(release.getAndSet(Optional.of(change)))) {
            changes.publish(ChangeFeed.Topic.RELEASE);
        }
    }
}
