package org.octopusdesk.persistence;

import java.nio.file.Path;

/** Child process of {@link DatabaseTest}: keeps a data folder open until it is killed. */
public final class FolderHolderMain {

    private FolderHolderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database database = Database.open(Path.of(args[0]));
        System.out.println("open " + database.folder());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
