package be.ghelamcoalert.adapter.fleet;

import java.util.Objects;

/** Where a job goes: one kiosk (a thing) or every kiosk of a thing group. */
public record JobTarget(Kind kind, String name) {
    public enum Kind {
        THING,
        GROUP
    }

    public JobTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** "thing lobby", "group ghelamco-kiosks": for people. */
    public String label() {
        return (kind == Kind.THING ? "thing " : "group ") + name;
    }

    public static JobTarget thing(String name) {
        return new JobTarget(Kind.THING, name);
    }

    public static JobTarget group(String name) {
        return new JobTarget(Kind.GROUP, name);
    }
}
