package org.octopusdesk.cli;

import java.nio.file.Path;
import org.octopusdesk.service.Workspace;

/** What the command line gets from the composition root: the services of a data folder, and the window. */
public interface Environment {

    /** Opens the data folder (creating and migrating its database as needed). */
    Workspace open(Path folder);

    /**
     * Opens the PostgreSQL database {@code server} for the data folder {@code folder} (which keeps this
     * workstation's files); an empty database is migrated, one holding other tables refused.
     */
    Workspace open(Path folder, org.octopusdesk.service.ServerDatabase server);

    /** The copy of a whole database between the embedded engine and PostgreSQL ({@code migrate-to}). */
    org.octopusdesk.service.transfer.DatabaseCopy databaseCopy();

    /**
     * Opens the window and returns once it is closed, with the process's exit code.
     *
     * @param language "en", "fr", or {@code null} for the language saved in the settings
     * @param loadSample whether an empty database gets the sample data without asking
     * @param closeWhenReady whether the window closes by itself once its main screen has been drawn (a start
     *     recorded at build time for the installers' class-data-sharing archive)
     */
    int openWindow(Path folder, String language, boolean loadSample, boolean closeWhenReady);

    /** The same, on the PostgreSQL database {@code server} instead of the data folder's embedded one. */
    int openWindow(Path folder, org.octopusdesk.service.ServerDatabase server, String language, boolean loadSample,
            boolean closeWhenReady);
}
