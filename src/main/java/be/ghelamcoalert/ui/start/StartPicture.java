package be.ghelamcoalert.ui.start;

import java.time.Instant;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A picture of the dashboard as it last stood still, shown the moment the kiosk's window opens
 * and replaced by the live dashboard as soon as the store is open (a fraction of a second later).
 * Everything that moves by itself (the countdowns, the status bar's clock and its health texts,
 * the lamp) was left out of it when it was taken; the rest of the dashboard changes only at its
 * next turn, so the picture is shown only before {@code validUntil}.
 *
 * @param pixels premultiplied BGRA, four bytes a pixel, row after row
 */
public record StartPicture(int width, int height, boolean fullScreen, Instant validUntil, byte[] pixels) {
    /**
     * The largest picture kept: 2560x1600, 16 MB of pixels in a heap of 128 MB. The kiosk's
     * screens (800x480, 720x1280, 1920x1080) are well within it; a larger screen starts without a
     * picture, and a file claiming more is not a picture this kiosk took.
     */
    public static final int MAX_PIXELS = 2560 * 1600;

    public StartPicture {
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(pixels, "pixels");
        if (!possible(width, height)) {
            throw new IllegalArgumentException(
                    "A start picture of " + width + "x" + height + " pixels is not possible");
        }
        if (pixels.length != byteCount(width, height)) {
            throw new IllegalArgumentException("A " + width + "x" + height + " picture has " + byteCount(width, height)
                    + " bytes, not " + pixels.length);
        }
    }

    /** Whether a picture of this size may be kept (at most {@link #MAX_PIXELS}). */
    public static boolean possible(long width, long height) {
        return width >= 1 && height >= 1 && width * height <= MAX_PIXELS;
    }

    /** The bytes of a picture of this size. */
    public static int byteCount(int width, int height) {
        return width * height * 4;
    }

    /** Takes the pixels of an image (a snapshot of the screen). */
    public static StartPicture of(Image image, boolean fullScreen, Instant validUntil) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var pixels = new byte[byteCount(width, height)];
        image.getPixelReader()
                .getPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), pixels, 0, width * 4);
        return new StartPicture(width, height, fullScreen, validUntil, pixels);
    }

    /** Whether it still shows the dashboard as it is at {@code now}. */
    public boolean showableAt(Instant now) {
        return now.isBefore(validUntil);
    }

    /** The picture as an image for the screen; may be made off the UI thread. */
    public Image image() {
        var image = new WritableImage(width, height);
        image.getPixelWriter()
                .setPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), pixels, 0, width * 4);
        return image;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StartPicture that
                && width == that.width
                && height == that.height
                && fullScreen == that.fullScreen
                && validUntil.equals(that.validUntil)
                && java.util.Arrays.equals(pixels, that.pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, fullScreen, validUntil, java.util.Arrays.hashCode(pixels));
    }

    @Override
    public String toString() {
        return "StartPicture[" + width + "x" + height + (fullScreen ? ", full screen" : "") + ", valid until "
                + validUntil + "]";
    }
}
