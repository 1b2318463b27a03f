package be.ghelamcoalert.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start picture kept as a file beside the store: read back whole, or not at all. */
class StartPictureFileTest {
    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    @TempDir
    Path dataDirectory;

    private Path store;

    @BeforeEach
    void aStore() throws Exception {
        store = Files.writeString(dataDirectory.resolve("ghelamco-alert.mv.db"), "the store");
    }

    @Test
    void aKeptPictureIsReadBackPixelForPixelUntilItsValidityEnds() {
        var pictures = StartPictureFile.beside(store);
        var picture = picture(800, 480, NOW.plusSeconds(3600));

        pictures.keep(picture);

        assertThat(pictures.showableAt(NOW)).contains(picture);
        assertThat(pictures.showableAt(NOW.plusSeconds(3599))).contains(picture);
        assertThat(pictures.showableAt(NOW.plusSeconds(3600)))
                .as("valid until, not at")
                .isEmpty();
        assertThat(dataDirectory.resolve(StartPictureFile.FILE_NAME)).exists();
    }

    @Test
    void aFlatDashboardTakesLittleRoom() throws Exception {
        var pictures = StartPictureFile.beside(store);

        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));

        assertThat(Files.size(pictures.path())).as("bytes for 800x480").isLessThan(100_000);
    }

    @Test
    void aNewPictureReplacesTheOldOneAndLeavesNoTemporaryFileBehind() throws Exception {
        var pictures = StartPictureFile.beside(store);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));
        var newer = picture(720, 1280, NOW.plusSeconds(120));

        pictures.keep(newer);

        assertThat(pictures.showableAt(NOW)).contains(newer);
        try (var files = Files.list(dataDirectory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            StartPictureFile.FILE_NAME, store.getFileName().toString());
        }
    }

    @Test
    void withoutAPictureTheKioskStartsWithoutOne() {
        assertThat(StartPictureFile.beside(store).showableAt(NOW)).isEmpty();
        assertThat(StartPictureFile.beside(dataDirectory.resolve("not-there/ghelamco-alert.mv.db"))
                        .showableAt(NOW))
                .isEmpty();
    }

    @Test
    void aCutOffPictureIsNoneAndStaysAsItIs() throws Exception {
        var pictures = StartPictureFile.beside(store);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));
        var whole = Files.readAllBytes(pictures.path());
        var cut = Arrays.copyOf(whole, whole.length / 2);
        Files.write(pictures.path(), cut);

        assertThat(pictures.showableAt(NOW)).isEmpty();
        assertThat(Files.readAllBytes(pictures.path())).as("nothing changed").isEqualTo(cut);
    }

    @Test
    void aDamagedPictureIsNone() throws Exception {
        var pictures = StartPictureFile.beside(store);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));
        var bytes = Files.readAllBytes(pictures.path());
        bytes[bytes.length - 40] ^= 0x5a; // inside the compressed pixels: the checksum no longer matches
        Files.write(pictures.path(), bytes);

        assertThat(pictures.showableAt(NOW)).isEmpty();
    }

    @Test
    void anotherFileOrAnImpossibleSizeIsNoneWithoutReadingGigabytes() throws Exception {
        var pictures = StartPictureFile.beside(store);
        Files.writeString(pictures.path(), "not a picture at all");
        assertThat(pictures.showableAt(NOW)).isEmpty();

        Files.write(pictures.path(), header(100_000, 100_000));
        assertThat(pictures.showableAt(NOW)).isEmpty();

        Files.write(pictures.path(), header(800, 480)); // a header without pixels
        assertThat(pictures.showableAt(NOW)).isEmpty();
    }

    @Test
    void aScreenLargerThanAKioskScreenGetsNoPicture() {
        assertThat(StartPicture.possible(1920, 1080)).isTrue();
        assertThat(StartPicture.possible(720, 1280)).isTrue();
        assertThat(StartPicture.possible(3840, 2160)).isFalse();
        assertThat(StartPicture.possible(0, 480)).isFalse();
    }

    /** A store deleted and made anew, or restored from a backup, is not the one the picture shows. */
    @Test
    void aPictureOfAnotherStoreIsNone() throws Exception {
        var pictures = StartPictureFile.beside(store);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));

        Files.delete(store);
        assertThat(pictures.showableAt(NOW)).as("no store").isEmpty();

        Files.writeString(store, "a new store");
        assertThat(pictures.showableAt(NOW)).as("a new store").isEmpty();
        assertThat(pictures.path())
                .as("left as it is, replaced at the next picture")
                .exists();
    }

    @Test
    void aPictureOfTheSameStoreSurvivesItsWrites() throws Exception {
        var pictures = StartPictureFile.beside(store);
        var picture = picture(800, 480, NOW.plusSeconds(60));
        pictures.keep(picture);

        Files.writeString(store, " and a committed row", java.nio.file.StandardOpenOption.APPEND);

        assertThat(pictures.showableAt(NOW)).contains(picture);
    }

    @Test
    void aDiscardedPictureIsGone() {
        var pictures = StartPictureFile.beside(store);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));

        pictures.discard();
        pictures.discard(); // nothing to discard is fine

        assertThat(pictures.path()).doesNotExist();
        assertThat(pictures.showableAt(NOW)).isEmpty();
    }

    @Test
    void aPictureThatCannotBeWrittenIsLoggedNotThrown() throws Exception {
        var blocked = dataDirectory.resolve("a-file");
        Files.writeString(blocked, "in the way of the directory");

        StartPictureFile.beside(blocked.resolve("ghelamco-alert.mv.db")).keep(picture(8, 8, NOW.plusSeconds(60)));

        assertThat(blocked).hasContent("in the way of the directory");
    }

    /** Mostly one colour with a band of another, as a dashboard is. */
    private static StartPicture picture(int width, int height, Instant validUntil) {
        var pixels = new byte[StartPicture.byteCount(width, height)];
        for (int i = 0; i < pixels.length; i += 4) {
            boolean band = (i / 4 / width) % 60 < 20;
            pixels[i] = (byte) (band ? 0x30 : 0x10);
            pixels[i + 1] = (byte) (band ? 0x80 : 0x10);
            pixels[i + 2] = (byte) (band ? 0xc0 : 0x18);
            pixels[i + 3] = (byte) 0xff;
        }
        return new StartPicture(width, height, false, validUntil, pixels);
    }

    /** The header of a picture of this store, claiming {@code width} x {@code height} pixels. */
    private byte[] header(int width, int height) throws Exception {
        var pictures = StartPictureFile.beside(store);
        pictures.keep(picture(1, 1, NOW.plusSeconds(60)));
        var kept = Files.readAllBytes(pictures.path());
        int identityLength = ((kept[4] & 0xff) << 8) | (kept[5] & 0xff);
        var bytes = new ByteArrayOutputStream();
        bytes.write(kept, 0, 4 + 2 + identityLength); // magic and the store's identity
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(width);
            out.writeInt(height);
            out.writeBoolean(false);
            out.writeLong(NOW.plusSeconds(60).getEpochSecond());
            out.writeInt(0);
        }
        return bytes.toByteArray();
    }
}
