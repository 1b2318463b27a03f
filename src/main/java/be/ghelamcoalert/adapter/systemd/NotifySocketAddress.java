package be.ghelamcoalert.adapter.systemd;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * Where systemd listens for sd_notify messages, as {@code NOTIFY_SOCKET} names it: a file system
 * path ({@code /run/systemd/notify}) or, with a leading {@code @}, a name in Linux's abstract
 * socket namespace.
 */
public record NotifySocketAddress(String name, boolean abstractNamespace) {
    /** {@code sizeof(sun_path)} in Linux's {@code struct sockaddr_un}. */
    private static final int SUN_PATH_SIZE = 108;
    /** {@code offsetof(struct sockaddr_un, sun_path)}: the address family (an unsigned short) comes first. */
    private static final int SUN_PATH_OFFSET = 2;

    private static final short AF_UNIX = 1;

    public NotifySocketAddress {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a notify socket needs a name");
        }
        if (!abstractNamespace && !name.startsWith("/")) {
            throw new IllegalArgumentException("notify socket " + name + " is neither an absolute path nor @name");
        }
        if (sunPathBytes(name, abstractNamespace) > SUN_PATH_SIZE) {
            throw new IllegalArgumentException(
                    "notify socket " + name + " is longer than a socket address holds (" + SUN_PATH_SIZE + " bytes)");
        }
    }

    /** The address as the {@code NOTIFY_SOCKET} variable gives it: {@code /path} or {@code @name}. */
    public static NotifySocketAddress parse(String notifySocket) {
        return notifySocket.startsWith("@")
                ? new NotifySocketAddress(notifySocket.substring(1), true)
                : new NotifySocketAddress(notifySocket, false);
    }

    /**
     * The {@code struct sockaddr_un} for sendto, exactly as long as systemd's own sd_notify makes
     * it: a path ends with its NUL, an abstract name starts with one and has none at the end.
     */
    MemorySegment toSockaddr(Arena arena) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        var address = arena.allocate(SUN_PATH_OFFSET + sunPathBytes(name, abstractNamespace));
        address.set(ValueLayout.JAVA_SHORT, 0, AF_UNIX);
        MemorySegment.copy(
                bytes, 0, address, ValueLayout.JAVA_BYTE, SUN_PATH_OFFSET + (abstractNamespace ? 1 : 0), bytes.length);
        return address;
    }

    private static int sunPathBytes(String name, boolean abstractNamespace) {
        return name.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    @Override
    public String toString() {
        return abstractNamespace ? "@" + name : name;
    }
}
