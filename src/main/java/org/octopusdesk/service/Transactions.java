package org.octopusdesk.service;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is saved, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
