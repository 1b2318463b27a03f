package be.ghelamcoalert.app;

import org.slf4j.LoggerFactory;

/**
 * Entry point of the jar: the kiosk by default, operator commands as sub-commands. It names no
 * picocli type, so the JVM loads none of picocli (whose Java 5 class files the AOT cache cannot
 * hold) before logging has started on a thread of its own.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Logging starts on a core of its own while the command line is read.
        Thread.ofPlatform().name("logging-start").start(LoggerFactory::getILoggerFactory);
        System.exit(KioskCommandLine.commandLine(args).execute(args));
    }
}
