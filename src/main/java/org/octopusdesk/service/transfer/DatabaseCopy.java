package org.octopusdesk.service.transfer;

import org.octopusdesk.service.ServerDatabase;

/**
 * Copies a whole database into an empty one of the other engine: an office moving from one workstation's embedded
 * database to a PostgreSQL server, or back (decision 0030).
 */
public interface DatabaseCopy {

    /**
     * Copies the embedded database of {@code folder} into the empty PostgreSQL database {@code target}.
     *
     * @throws org.octopusdesk.domain.DomainException when the target holds records, or when the checks of the copy
     *     differ (the copy is then rolled back and the target left as it was)
     */
    CopyReport toServer(java.nio.file.Path folder, ServerDatabase target);

    /** Copies the PostgreSQL database {@code source} into the empty embedded database of {@code folder}. */
    CopyReport toEmbedded(ServerDatabase source, java.nio.file.Path folder);
}
