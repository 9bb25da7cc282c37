package org.octopusdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.octopusdesk.service.StorageException;

/**
 * An exclusive lock on the data folder, held while the database is open. A second Octopus Desk process (or a
 * second open in this one) is told the folder is in use before it touches the database files.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "octopus-desk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw StorageException.folderInUse(folder.toString());
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException alreadyHeldHere) {
            closeQuietly(channel);
            throw StorageException.folderInUse(folder.toString());
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageException.cannotOpen(folder.toString(), e);
        } catch (StorageException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was locked through it; closing is all that is left to try.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The operating system drops the lock with the process anyway.
        }
    }
}
