package be.ghelamcoalert.adapter.systemd;

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

/**
 * Sends one datagram on an AF_UNIX socket through libc, with the JDK's foreign function API (the
 * JDK's own channels speak AF_UNIX only as streams). The constants are Linux's, the same on the
 * Pi (aarch64) and on x86-64. Used only where NOTIFY_SOCKET is set, so a laptop without such a
 * libc never links it. Calling libc is what this class is for: the JVM allows it through the jar's
 * manifest (Enable-Native-Access: ALL-UNNAMED) and --enable-native-access where Maven starts it.
 */
@SuppressWarnings("restricted")
final class UnixDatagrams {
    static final int AF_UNIX = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_CLOEXEC = 0x80000;
    /** No SIGPIPE for a socket whose reader went away: an error code instead. */
    static final int MSG_NOSIGNAL = 0x4000;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(PathElement.groupElement("errno"));
    private static final MethodHandle SOCKET = function(
            "socket",
            FunctionDescriptor.of(
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle SENDTO = function(
            "sendto",
            FunctionDescriptor.of(
                    ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS,
                    ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS,
                    ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE =
            function("close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle STRERROR = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("strerror"),
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));

    private UnixDatagrams() {}

    /** Sends {@code payload} as one datagram to {@code address} on a socket of its own, closed again. */
    static void send(NotifySocketAddress address, byte[] payload) throws IOException {
        try (var arena = Arena.ofConfined()) {
            var callState = arena.allocate(CALL_STATE);
            int socket = (int) SOCKET.invokeExact(callState, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (socket < 0) {
                throw new IOException("socket(AF_UNIX, SOCK_DGRAM) failed: " + errorText(callState));
            }
            try {
                var buffer = arena.allocateFrom(ValueLayout.JAVA_BYTE, payload);
                var sockaddr = address.toSockaddr(arena);
                long sent = (long) SENDTO.invokeExact(
                        callState, socket, buffer, (long) payload.length, MSG_NOSIGNAL, sockaddr, (int)
                                sockaddr.byteSize());
                if (sent < 0) {
                    throw new IOException("sendto " + address + " failed: " + errorText(callState));
                }
            } finally {
                int ignored = (int) CLOSE.invokeExact(callState, socket);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("sendto " + address + " failed: " + e, e);
        }
    }

    /** A libc function that records errno, which the caller reads from the call state it passes first. */
    static MethodHandle function(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(
                LINKER.defaultLookup().findOrThrow(name), descriptor, Linker.Option.captureCallState("errno"));
    }

    static StructLayout callStateLayout() {
        return CALL_STATE;
    }

    /** The errno of the last call made with {@code callState}, with libc's text for it. */
    static String errorText(MemorySegment callState) {
        int errno = (int) ERRNO.get(callState, 0L);
        try {
            var text = (MemorySegment) STRERROR.invokeExact(errno);
            return "errno " + errno + " (" + text.reinterpret(Integer.MAX_VALUE).getString(0) + ")";
        } catch (Throwable e) {
            return "errno " + errno;
        }
    }
}
