package org.octopusdesk.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.DataChanges;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/**
 * Another workstation saves while this one shows the projects with one open in a form: the list reads again by
 * itself (on PostgreSQL through the server's notices, on H2 through the shared database's own), keeping the
 * filter and the selection, and the form keeps what the person typed; its save is then refused naming the other.
 */
class OtherWorkstationRefreshTest {

    private static final Clock ANNAS_CLOCK = Clock.fixed(
            TestDatabase.TODAY.atTime(10, 42).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private TestDatabase database;
    private TestDatabase anna;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Messages messages = Messages.forLanguage("en");
    private ProjectListViewModel list;
    private DataChanges.Subscription refresh;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder.resolve("assistant"));
        database.projects().create(draft("C@O", "Cybercrime@Octopus", LocalDate.of(2014, 1, 1)));
        database.projects().create(draft("OCTOPUS", "Octopus Project", LocalDate.of(2021, 1, 1)));
        list = new ProjectListViewModel(database.projects(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);
        list.reload();
        // What the window does with every notice: read the area in view again (MainWindow.dataChanged).
        refresh = database.changes().subscribe(list::reload);
        anna = TestDatabase.secondWorkstation(database, folder.resolve("anna"), "anna", ANNAS_CLOCK);
    }

    @AfterEach
    void close() {
        refresh.close();
        anna.close();
        database.close();
    }

    @Test
    void theListFollowsTheOtherWorkstationAndTheOpenFormKeepsWhatWasTyped() throws InterruptedException {
        list.filterProperty().set("octopus");
        ProjectRow octopus = list.visibleRows().stream().filter(row -> row.project().code().equals("OCTOPUS"))
                .findFirst().orElseThrow();
        list.selectedProperty().set(octopus);
        Project opened = octopus.project();
        ProjectEditorViewModel form = new ProjectEditorViewModel(database.projects(), new SameThreadRunner(),
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, opened, false,
                list.projects());
        form.descriptionProperty().set("Half-typed when Anna saved");

        anna.projects().update(opened.id(), opened.version(), draft("OCTOPUS", "Octopus Project (phase 2)",
                opened.start()));
        awaitName("Octopus Project (phase 2)");

        assertThat(list.filterProperty().get()).isEqualTo("octopus");
        assertThat(list.selectedProperty().get().project().id()).isEqualTo(opened.id());
        assertThat(list.selectedProperty().get().project().name()).isEqualTo("Octopus Project (phase 2)");
        assertThat(form.nameProperty().get()).isEqualTo("Octopus Project");
        assertThat(form.descriptionProperty().get()).isEqualTo("Half-typed when Anna saved");

        List<Project> saved = new ArrayList<>();
        form.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(form.fieldErrors().of("name").get())
                .startsWith("anna changed “Octopus Project (phase 2)” at 10:42 today.");
        assertThat(form.descriptionProperty().get()).isEqualTo("Half-typed when Anna saved");
    }

    /** At once on H2; on PostgreSQL once the server's notice came, within seconds. */
    private void awaitName(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            ProjectRow selected = list.selectedProperty().get();
            if (selected != null && selected.project().name().equals(name)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The list did not show the other workstation's change");
    }

    private static ProjectDraft draft(String code, String name, LocalDate start) {
        return new ProjectDraft(code, name, start, start.plusYears(3), ProjectStatus.RUNNING, null, "", List.of(),
                null);
    }
}
