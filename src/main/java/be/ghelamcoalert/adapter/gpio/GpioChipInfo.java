package be.ghelamcoalert.adapter.gpio;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What the kernel's GPIO character device says about a chip and one of its lines, asked through
 * libc with the JDK's foreign function API: the chip is opened read-only and only queried
 * ({@code GPIO_GET_CHIPINFO_IOCTL}, {@code GPIO_V2_GET_LINEINFO_IOCTL}); no line is requested, so
 * nothing is switched and a running kiosk keeps its relay. The constants are Linux's uAPI, the
 * same on the Pi (aarch64) and on x86-64.
 *
 * @param chipName  the kernel's name, e.g. {@code gpiochip0}
 * @param chipLabel the driver's label, e.g. {@code pinctrl-bcm2711} (Pi 4) or {@code pinctrl-rp1} (Pi 5)
 * @param lines     how many lines the chip has
 * @param line      the line asked about
 */
@SuppressWarnings("restricted")
public record GpioChipInfo(String chipName, String chipLabel, int lines, Line line) {

    /**
     * @param used     requested by someone (the running kiosk, or another program)
     * @param consumer who requested it, as they named themselves
     * @param output   configured as an output
     */
    public record Line(int offset, String name, boolean used, String consumer, boolean output) {}

    private static final int O_RDONLY_CLOEXEC = 0x80000;
    /** _IOR(0xB4, 0x01, struct gpiochip_info): name[32], label[32], u32 lines. */
    private static final long GET_CHIPINFO = 0x8044B401L;

    private static final long CHIPINFO_SIZE = 68;
    /** _IOWR(0xB4, 0x05, struct gpio_v2_line_info): name[32], consumer[32], u32 offset, u32 num_attrs, u64 flags, ... */
    private static final long GET_LINEINFO_V2 = 0xC100B405L;

    private static final long LINEINFO_SIZE = 256;
    private static final long FLAG_USED = 1L;
    private static final long FLAG_OUTPUT = 1L << 3;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(PathElement.groupElement("errno"));
    private static final MethodHandle OPEN =
            function("open", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), 2);
    private static final MethodHandle IOCTL = function(
            "ioctl",
            FunctionDescriptor.of(
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
            2);
    private static final MethodHandle CLOSE =
            function("close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), -1);
    private static final MethodHandle STRERROR = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("strerror"),
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));

    /** Reads the chip at {@code device} (e.g. /dev/gpiochip0) and its line {@code offset}. */
    public static GpioChipInfo read(Path device, int offset) throws IOException {
        try (var arena = Arena.ofConfined()) {
            var callState = arena.allocate(CALL_STATE);
            int fd = (int) OPEN.invokeExact(callState, arena.allocateFrom(device.toString()), O_RDONLY_CLOEXEC);
            if (fd < 0) {
                throw new IOException("cannot open " + device + ": " + errorText(callState));
            }
            try {
                var chip = arena.allocate(CHIPINFO_SIZE);
                if ((int) IOCTL.invokeExact(callState, fd, GET_CHIPINFO, chip) < 0) {
                    throw new IOException(device + " is not a GPIO chip: " + errorText(callState));
                }
                int lines = chip.get(ValueLayout.JAVA_INT, 64);
                if (offset >= lines) {
                    throw new IOException(device + " has " + lines + " lines, no line " + offset);
                }
                var line = arena.allocate(LINEINFO_SIZE);
                line.set(ValueLayout.JAVA_INT, 64, offset);
                if ((int) IOCTL.invokeExact(callState, fd, GET_LINEINFO_V2, line) < 0) {
                    throw new IOException("cannot read line " + offset + " of " + device + ": " + errorText(callState));
                }
                long flags = line.get(ValueLayout.JAVA_LONG, 72);
                return new GpioChipInfo(
                        text(chip, 0),
                        text(chip, 32),
                        lines,
                        new Line(
                                offset,
                                text(line, 0),
                                (flags & FLAG_USED) != 0,
                                text(line, 32),
                                (flags & FLAG_OUTPUT) != 0));
            } finally {
                int ignored = (int) CLOSE.invokeExact(callState, fd);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("cannot read the GPIO chip " + device + ": " + e, e);
        }
    }

    private static String text(MemorySegment struct, long at) {
        var bytes = struct.asSlice(at, 32).toArray(ValueLayout.JAVA_BYTE);
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }

    private static MethodHandle function(String name, FunctionDescriptor descriptor, int firstVariadic) {
        var symbol = LINKER.defaultLookup().findOrThrow(name);
        return firstVariadic < 0
                ? LINKER.downcallHandle(symbol, descriptor, Linker.Option.captureCallState("errno"))
                : LINKER.downcallHandle(
                        symbol,
                        descriptor,
                        Linker.Option.captureCallState("errno"),
                        Linker.Option.firstVariadicArg(firstVariadic));
    }

    private static String errorText(MemorySegment callState) {
        int errno = (int) ERRNO.get(callState, 0L);
        try {
            var text = ((MemorySegment) STRERROR.invokeExact(errno))
                    .reinterpret(256)
                    .getString(0);
            return text + " (errno " + errno + ")";
        } catch (Throwable e) {
            return "errno " + errno;
        }
    }
}
