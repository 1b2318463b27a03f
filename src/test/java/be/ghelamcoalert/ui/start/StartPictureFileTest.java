package be.ghelamcoalert.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start picture kept as a file beside the store: read back whole, or not at all. */
class StartPictureFileTest {
    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    @TempDir
    Path dataDirectory;

    @Test
    void aKeptPictureIsReadBackPixelForPixelUntilItsValidityEnds() {
        var pictures = StartPictureFile.in(dataDirectory);
        var picture = picture(800, 480, NOW.plusSeconds(3600));

        pictures.keep(picture);

        assertThat(pictures.showableAt(NOW)).contains(picture);
        assertThat(pictures.showableAt(NOW.plusSeconds(3599))).contains(picture);
        assertThat(pictures.showableAt(NOW.plusSeconds(3600))).as("valid until, not at").isEmpty();
        assertThat(dataDirectory.resolve(StartPictureFile.FILE_NAME)).exists();
    }

    @Test
    void aFlatDashboardTakesLittleRoom() throws Exception {
        var pictures = StartPictureFile.in(dataDirectory);

        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));

        assertThat(Files.size(pictures.path())).as("bytes for 800x480").isLessThan(100_000);
    }

    @Test
    void aNewPictureReplacesTheOldOneAndLeavesNoTemporaryFileBehind() throws Exception {
        var pictures = StartPictureFile.in(dataDirectory);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));
        var newer = picture(720, 1280, NOW.plusSeconds(120));

        pictures.keep(newer);

        assertThat(pictures.showableAt(NOW)).contains(newer);
        try (var files = Files.list(dataDirectory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(StartPictureFile.FILE_NAME);
        }
    }

    @Test
    void withoutAPictureTheKioskStartsWithoutOne() {
        assertThat(StartPictureFile.in(dataDirectory).showableAt(NOW)).isEmpty();
        assertThat(StartPictureFile.in(dataDirectory.resolve("not-there")).showableAt(NOW)).isEmpty();
    }

    @Test
    void aCutOffPictureIsNoneAndStaysAsItIs() throws Exception {
        var pictures = StartPictureFile.in(dataDirectory);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));
        var whole = Files.readAllBytes(pictures.path());
        var cut = Arrays.copyOf(whole, whole.length / 2);
        Files.write(pictures.path(), cut);

        assertThat(pictures.showableAt(NOW)).isEmpty();
        assertThat(Files.readAllBytes(pictures.path())).as("nothing changed").isEqualTo(cut);
    }

    @Test
    void aDamagedPictureIsNone() throws Exception {
        var pictures = StartPictureFile.in(dataDirectory);
        pictures.keep(picture(800, 480, NOW.plusSeconds(60)));
        var bytes = Files.readAllBytes(pictures.path());
        bytes[bytes.length - 40] ^= 0x5a; // inside the compressed pixels: the checksum no longer matches
        Files.write(pictures.path(), bytes);

        assertThat(pictures.showableAt(NOW)).isEmpty();
    }

    @Test
    void anotherFileOrAnImpossibleSizeIsNoneWithoutReadingGigabytes() throws Exception {
        var pictures = StartPictureFile.in(dataDirectory);
        Files.writeString(pictures.path(), "not a picture at all");
        assertThat(pictures.showableAt(NOW)).isEmpty();

        Files.write(pictures.path(), header(StartPictureFile.MAGIC, 100_000, 100_000));
        assertThat(pictures.showableAt(NOW)).isEmpty();

        Files.write(pictures.path(), header(StartPictureFile.MAGIC, 800, 480)); // a header without pixels
        assertThat(pictures.showableAt(NOW)).isEmpty();
    }

    @Test
    void aDiscardedPictureIsGone() {
        var pictures = StartPictureFile.in(dataDirectory);
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

        StartPictureFile.in(blocked).keep(picture(8, 8, NOW.plusSeconds(60)));

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

    private static byte[] header(int magic, int width, int height) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.writeInt(width);
            out.writeInt(height);
            out.writeBoolean(false);
            out.writeLong(NOW.plusSeconds(60).getEpochSecond());
            out.writeInt(0);
        }
        return bytes.toByteArray();
    }
}
