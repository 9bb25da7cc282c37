package org.octopusdesk.service.backup;

import java.time.LocalDateTime;
import java.util.List;
import org.octopusdesk.domain.DomainException;

/**
 * The last backup that could not be written, remembered until one succeeds.
 *
 * @param messageKey why, in the bundles' words, with its {@code arguments}
 */
public record BackupFailure(LocalDateTime at, String messageKey, List<String> arguments) {

    public BackupFailure {
        arguments = List.copyOf(arguments);
    }

    /** The reason as a refusal, for the faces to say in their language. */
    public DomainException reason() {
        return new DomainException(messageKey, arguments.toArray());
    }
}
