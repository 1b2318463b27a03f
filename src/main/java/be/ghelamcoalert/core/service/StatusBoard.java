package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.LightStatus;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest state of the light, the cloud connection and the fixture sources. The alarm engine,
 * the IoT adapter and the import set it; the screen and the shadow read it. Every change is
 * published on the {@link ChangeFeed}.
 */
public final class StatusBoard {
    private final ChangeFeed changes;
    private final AtomicReference<LightStatus> light = new AtomicReference<>(LightStatus.off());
    private final AtomicReference<CloudStatus> cloud;
    private final AtomicReference<ImportStatus> fixtures = new AtomicReference<>(ImportStatus.notConfigured());

    public StatusBoard(Clock clock, ChangeFeed changes) {
        this.changes = changes;
        this.cloud = new AtomicReference<>(CloudStatus.notConfigured(clock.instant()));
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
}
