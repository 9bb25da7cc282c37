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
     * Configures, then starts logback on a thread of its own: reading its configuration and opening the file were
     * a visible share of the time to the first window, which need not wait for them. A logger asked for meanwhile
     * is a stand-in that SLF4J connects to logback, with what it was told, once logback is ready.
     */
    static void configureInBackground(Path dataFolder) {
        configure(dataFolder);
        Thread starting = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "octopus-desk-logging");
        starting.setDaemon(true);
        starting.start();
    }
}
