package org.octopusdesk.service;

import org.octopusdesk.domain.DomainException;

/**
 * The data folder or its database cannot be used. The message key says why in plain words; the cause,
 * if any, goes to the log.
 */
public class StorageException extends DomainException {

    public StorageException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, arguments);
        if (cause != null) {
            initCause(cause);
        }
    }

    /** Another Octopus Desk process has the data folder open. */
    public static StorageException folderInUse(String folder) {
        return new StorageException("error.storage.inUse", null, folder);
    }

    /** The database was written by a newer Octopus Desk; opening it with this one could damage it. */
    public static StorageException databaseTooNew(String folder, String databaseVersion, String appVersion) {
        return new StorageException("error.storage.tooNew", null, folder, databaseVersion, appVersion);
    }

    /**
     * The folder's path holds a character that the database would read as a setting rather than as part of the
     * file name (see {@link DataFolderPaths}).
     */
    public static StorageException unsafeFolderName(String folder, String character) {
        return new StorageException("error.storage.unsafeName", null, folder, character);
    }

    public static StorageException cannotOpen(String folder, Throwable cause) {
        return new StorageException("error.storage.cannotOpen", cause, folder);
    }
}
