package org.octopusdesk.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.octopusdesk.service.Workspace;

/**
 * Opens the data folder on a thread of its own while JavaFX starts, so that the database (H2, the migrations'
 * check, the services) and the toolkit get ready side by side instead of one after the other. The window asks for
 * the folder as before, from its background task, and receives the workspace opened ahead, or the failure of that
 * opening (a locked folder, a failed migration), thrown as it would have been; any later opening (after a restore)
 * opens anew.
 *
 * <p>The thread is never interrupted: interrupting a thread inside H2 can close or damage the database.
 */
final class OpeningAhead implements Function<Path, Workspace> {

    private final Path folder;
    private final Function<Path, Workspace> opener;
    private CompletableFuture<Workspace> ahead;

    private OpeningAhead(Path folder, Function<Path, Workspace> opener) {
        this.folder = folder;
        this.opener = opener;
        this.ahead = CompletableFuture.supplyAsync(() -> opener.apply(folder), work -> {
            Thread thread = new Thread(work, "octopus-desk-open");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts opening {@code folder} with {@code opener} now. */
    static OpeningAhead start(Path folder, Function<Path, Workspace> opener) {
        return new OpeningAhead(folder, opener);
    }

    /** The workspace opened ahead, waited for, the first time {@code folder} is asked for; a new one after. */
    @Override
    public Workspace apply(Path asked) {
        CompletableFuture<Workspace> opened = take(asked);
        if (opened == null) {
            return opener.apply(asked);
        }
        try {
            return opened.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    private synchronized CompletableFuture<Workspace> take(Path asked) {
        if (ahead == null || !asked.equals(folder)) {
            return null;
        }
        CompletableFuture<Workspace> opened = ahead;
        ahead = null;
        return opened;
    }

    /** The window could not start: closes the workspace opened ahead, once it is open, so its lock is released. */
    void abandon() {
        CompletableFuture<Workspace> opened = take(folder);
        if (opened != null) {
            opened.thenAccept(Workspace::close);
        }
    }
}
