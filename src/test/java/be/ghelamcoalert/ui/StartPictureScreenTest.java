package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.ui.start.StartPicture;
import be.ghelamcoalert.ui.start.StartPictures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * The start picture the kiosk keeps for its next start: taken from the dashboard as it stands
 * still, without the parts that move by themselves, only when nothing covers the dashboard, and
 * again after anything on it changed.
 */
@IntegrationTest
class StartPictureScreenTest extends KioskScreenTest {
    private final KeptPictures kept = new KeptPictures();

    @Override
    protected KioskUiContext context() {
        return super.context().withStartPictures(kept);
    }

    @Test
    void theDashboardIsPicturedWithoutTheCountdownTheClockAndTheLamp() throws Exception {
        tick();
        var picture = kept.next();

        assertThat(picture.width()).isEqualTo(800);
        assertThat(picture.height()).isEqualTo(480);
        assertThat(picture.fullScreen()).isFalse();
        assertThat(colours(picture, lookup("#hero-headline").query()))
                .as("the headline is in the picture")
                .isGreaterThan(8);
        assertThat(colours(picture, lookup("#hero-countdown").query()))
                .as("the countdown is not")
                .isEqualTo(1);
        assertThat(colours(picture, lookup("#status-clock").query()))
                .as("nor the clock")
                .isEqualTo(1);
        assertThat(lookup("#hero-countdown").query().getParent().getOpacity())
                .as("the screen still shows it")
                .isEqualTo(1.0);
        assertThat(lookup("#status-clock").query().getOpacity()).isEqualTo(1.0);
    }

    @Test
    void thePictureIsValidUntilTheDashboardsNextTurnAtTheLatestTheEndOfTheDay() throws Exception {
        tick();
        var picture = kept.next();

        var now = test.clock.instant();
        var endOfDay = now.atZone(ZoneId.of("Europe/Brussels"))
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(ZoneId.of("Europe/Brussels"))
                .toInstant();
        assertThat(picture.validUntil()).isAfter(now).isBeforeOrEqualTo(endOfDay);
        assertThat(picture.showableAt(now)).isTrue();
        assertThat(picture.showableAt(picture.validUntil())).isFalse();
    }

    @Test
    void noPictureWhileADialogCoversTheDashboardOneWhenItHasClosed() throws Exception {
        clickOn("#confirm-clear");
        tick();
        assertThat(kept.nextWithin(Duration.ofMillis(500)))
                .as("the question is not in the picture")
                .isEmpty();

        clickOn("#confirm-no");
        tick();
        assertThat(kept.next().width()).isEqualTo(800);
    }

    @Test
    void onlyAChangeOnTheDashboardTakesANewPicture() throws Exception {
        tick();
        var first = kept.next();
        tick();
        assertThat(kept.nextWithin(Duration.ofMillis(500)))
                .as("nothing changed")
                .isEmpty();

        interact(() -> shell.texts().use(be.ghelamcoalert.core.model.Language.EN));
        tick();

        assertThat(kept.next()).as("the dashboard in English").isNotEqualTo(first);
    }

    @Test
    void noPictureOfAnotherScreen() throws Exception {
        clickOn("#nav-metrics");
        tick();
        assertThat(kept.nextWithin(Duration.ofMillis(500))).isEmpty();

        clickOn("#nav-dashboard");
        tick();
        assertThat(kept.next().width()).isEqualTo(800);
    }

    /** The demo keeps no pictures: the screen does not even take them. */
    @Test
    void noPictureIsTakenWhereNoneIsKept() throws Exception {
        kept.keeps = false;
        tick();

        assertThat(kept.nextWithin(Duration.ofMillis(500))).isEmpty();
        assertThat(kept.offered).isZero();
    }

    /** How many colours the picture has where {@code node} is on the screen. */
    private static int colours(StartPicture picture, Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        var seen = new HashSet<Integer>();
        var pixels = picture.pixels();
        for (int y = (int) Math.ceil(bounds.getMinY()); y < (int) bounds.getMaxY(); y++) {
            for (int x = (int) Math.ceil(bounds.getMinX()); x < (int) bounds.getMaxX(); x++) {
                int i = (y * picture.width() + x) * 4;
                seen.add((pixels[i] & 0xff) | (pixels[i + 1] & 0xff) << 8 | (pixels[i + 2] & 0xff) << 16);
            }
        }
        return seen.size();
    }

    /** Keeps the pictures in memory, in the order the kiosk kept them. */
    private static final class KeptPictures implements StartPictures {
        private final LinkedBlockingQueue<StartPicture> pictures = new LinkedBlockingQueue<>();
        volatile boolean keeps = true;
        volatile int offered;

        @Override
        public Optional<StartPicture> showableAt(Instant now) {
            return Optional.empty();
        }

        @Override
        public void keep(StartPicture picture) {
            offered++;
            if (keeps) {
                pictures.add(picture);
            }
        }

        @Override
        public boolean keepsPictures() {
            return keeps;
        }

        @Override
        public void discard() {}

        StartPicture next() throws InterruptedException {
            return nextWithin(Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError("no start picture was kept"));
        }

        Optional<StartPicture> nextWithin(Duration wait) throws InterruptedException {
            return Optional.ofNullable(pictures.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
        }
    }
}
