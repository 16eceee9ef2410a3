package org.kabar;

/** Library-wide facts: the version string notebooks print in their environment cell. */
public final class Kabar {
    private Kabar() {}

    /** The library's version, read from the jar's manifest when packaged, else "dev". */
    public static String version() {
        String v = Kabar.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
