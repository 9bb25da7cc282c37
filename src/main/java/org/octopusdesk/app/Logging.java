package org.octopusdesk.app;

import java.nio.file.Path;

/**
 * Points the log file into the data folder. Must run before the first logger is created: logback reads the
 * property once, when it starts.
 */
final class Logging {

    static final String LOG_FOLDER_PROPERTY = "octopus.logDir";

    private Logging() {
    }

    static Path logFolder(Path dataFolder) {
        return dataFolder.resolve("logs");
    }

    static Path logFile(Path dataFolder) {
        return logFolder(dataFolder).resolve("octopus-desk.log");
    }

    static void configure(Path dataFolder) {
        if (System.getProperty(LOG_FOLDER_PROPERTY) == null) {
            System.setProperty(LOG_FOLDER_PROPERTY, logFolder(dataFolder).toString());
        }
    }

    /**
     * Starts logback on a thread of its own: reading its configuration (about 650 classes with the JDK's XML
     * parser) and opening the file were a visible share of the time to the first window, which does not need them.
     * The window calls this after its first frame; the classes of its start ask for their loggers only when they
     * log, so that nothing configures logback before. A logger asked for meanwhile on another thread is a stand-in
     * that SLF4J connects to logback, with what it was told, once logback is ready.
     */
    static void startInBackground() {
        Thread starting = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "octopus-desk-logging");
        starting.setDaemon(true);
        starting.start();
    }
}
