package be.ghelamcoalert.adapter.systemd;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * systemd's side of sd_notify for tests: an AF_UNIX datagram socket bound to a path (or an
 * abstract name), through libc like the notifier. Its socket address is written here on its own,
 * not with {@link NotifySocketAddress}, so a wrong address on either side shows.
 */
public final class NotifySocketListener implements AutoCloseable {
    private static final MethodHandle SOCKET = UnixDatagrams.function(
            "socket",
            FunctionDescriptor.of(
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle BIND = UnixDatagrams.function(
            "bind",
            FunctionDescriptor.of(
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle POLL = UnixDatagrams.function(
            "poll",
            FunctionDescriptor.of(
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle RECV = UnixDatagrams.function(
            "recv",
            FunctionDescriptor.of(
                    ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS,
                    ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE =
            UnixDatagrams.function("close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final short POLLIN = 1;

    private final Arena arena = Arena.ofShared();
    private final MemorySegment callState = arena.allocate(UnixDatagrams.callStateLayout());
    private final MemorySegment pollFd = arena.allocate(8);
    private final MemorySegment buffer = arena.allocate(4096);
    private final int socket;
    private final String notifySocket;

    private NotifySocketListener(byte[] sunPath, String notifySocket) throws IOException {
        this.notifySocket = notifySocket;
        try {
            socket = (int) SOCKET.invokeExact(callState, UnixDatagrams.AF_UNIX, UnixDatagrams.SOCK_DGRAM, 0);
            if (socket < 0) {
                throw new IOException("socket: " + UnixDatagrams.errorText(callState));
            }
            var address = arena.allocate(2 + sunPath.length);
            address.set(ValueLayout.JAVA_SHORT, 0, (short) UnixDatagrams.AF_UNIX);
            MemorySegment.copy(sunPath, 0, address, ValueLayout.JAVA_BYTE, 2, sunPath.length);
            if ((int) BIND.invokeExact(callState, socket, address, (int) address.byteSize()) != 0) {
                throw new IOException("bind " + notifySocket + ": " + UnixDatagrams.errorText(callState));
            }
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        } catch (Throwable e) {
            arena.close();
            throw new IOException(e);
        }
    }

    /** Listens on a socket file at {@code path}. */
    public static NotifySocketListener at(Path path) throws IOException {
        byte[] name = path.toString().getBytes(StandardCharsets.UTF_8);
        byte[] sunPath = new byte[name.length + 1];
        System.arraycopy(name, 0, sunPath, 0, name.length);
        return new NotifySocketListener(sunPath, path.toString());
    }

    /** Listens on {@code name} in the abstract namespace (NOTIFY_SOCKET=@name). */
    public static NotifySocketListener abstractNamed(String name) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] sunPath = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, sunPath, 1, bytes.length);
        return new NotifySocketListener(sunPath, "@" + name);
    }

    /** The value for NOTIFY_SOCKET. */
    public String notifySocket() {
        return notifySocket;
    }

    /** The next datagram, waiting at most {@code timeout}. */
    public synchronized Optional<String> receive(Duration timeout) throws IOException {
        try {
            pollFd.set(ValueLayout.JAVA_INT, 0, socket);
            pollFd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
            int ready = (int) POLL.invokeExact(callState, pollFd, 1L, (int) Math.max(0, timeout.toMillis()));
            if (ready < 0) {
                throw new IOException("poll: " + UnixDatagrams.errorText(callState));
            }
            if (ready == 0) {
                return Optional.empty();
            }
            long length = (long) RECV.invokeExact(callState, socket, buffer, buffer.byteSize(), 0);
            if (length < 0) {
                throw new IOException("recv: " + UnixDatagrams.errorText(callState));
            }
            return Optional.of(
                    new String(buffer.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /**
     * Every datagram up to and including the first that {@code last} accepts, waiting at most
     * {@code timeout} in all.
     *
     * @throws AssertionError naming what did arrive, when none is accepted in time
     */
    public List<String> receiveUntil(Predicate<String> last, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        var received = new ArrayList<String>();
        while (true) {
            var next = receive(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (next.isEmpty()) {
                throw new AssertionError("no awaited datagram within " + timeout + "; received " + received);
            }
            received.add(next.get());
            if (last.test(next.get())) {
                return received;
            }
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) CLOSE.invokeExact(callState, socket);
        } catch (Throwable e) {
            throw new IllegalStateException("close " + notifySocket, e);
        } finally {
            arena.close();
        }
    }
}
