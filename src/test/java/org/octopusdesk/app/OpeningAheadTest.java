package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.persistence.Database;
import org.octopusdesk.service.StorageException;
import org.octopusdesk.service.Workspace;

/**
 * The data folder opened while JavaFX starts (decision 0033) reaches the window as if the window had opened it:
 * the same workspace once, the same failure with the same message, and a new opening for any later request.
 */
class OpeningAheadTest {

    @TempDir
    Path folder;

    @Test
    void theFirstRequestGetsTheWorkspaceOpenedAheadAndALaterOneOpensAgain() throws Exception {
        List<Thread> openedOn = new ArrayList<>();
        CountDownLatch mayOpen = new CountDownLatch(1);
        OpeningAhead opening = OpeningAhead.start(folder, path -> {
            openedOn.add(Thread.currentThread());
            await(mayOpen);
            return Backend.open(path, Clock.systemUTC());
        });
        mayOpen.countDown();

        try (Workspace first = opening.apply(folder)) {
            assertThat(first.projects().isEmpty()).isTrue();
            assertThat(openedOn).extracting(Thread::getName).containsExactly("octopus-desk-open");
        }
        try (Workspace again = opening.apply(folder)) {
            assertThat(again.projects().isEmpty()).isTrue();
            assertThat(openedOn).hasSize(2);
            assertThat(openedOn.get(1)).isSameAs(Thread.currentThread());
        }
    }

    @Test
    void aLockedFolderIsReportedWithItsOwnMessageAsIfTheWindowHadOpenedIt() {
        try (Database holder = Database.open(folder)) {
            OpeningAhead opening = OpeningAhead.start(folder, path -> Backend.open(path, Clock.systemUTC()));

            assertThatThrownBy(() -> opening.apply(folder)).isInstanceOf(StorageException.class)
                    .extracting(failure -> ((DomainException) failure).messageKey()).asString()
                    .isEqualTo("error.storage.inUse");
        }
    }

    @Test
    void aWindowThatCannotStartClosesTheWorkspaceOpenedAheadSoTheFolderIsFreeAgain() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        OpeningAhead opening = OpeningAhead.start(folder, path -> {
            Workspace opened = Backend.open(path, Clock.systemUTC());
            return (Workspace) java.lang.reflect.Proxy.newProxyInstance(Workspace.class.getClassLoader(),
                    new Class<?>[] {Workspace.class}, (proxy, method, arguments) -> {
                        Object result = method.invoke(opened, arguments);
                        if (method.getName().equals("close")) {
                            closed.countDown();
                        }
                        return result;
                    });
        });

        opening.abandon();

        assertThat(closed.await(60, TimeUnit.SECONDS)).isTrue();
        try (Database reopened = Database.open(folder)) {
            assertThat(reopened).isNotNull();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
