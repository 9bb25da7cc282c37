package org.octopusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.persistence.TestDatabase;

/** The project use cases on real H2 with the real migrations. */
class ProjectServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ProjectService service;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        service = database.projects();
    }

    @AfterEach
    void close() {
        database.close();
    }

    static ProjectDraft draft(String code, String name, ProjectId predecessor) {
        return new ProjectDraft(code, name, LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31),
                ProjectStatus.RUNNING, new BigDecimal("3350000.5"), "Global project",
                List.of("Octopus conferences", "T-CY functioning", "Advice and assistance"), predecessor);
    }

    @Test
    void createdProjectsComeBackWithEveryField() {
        Project created = service.create(draft("C@O", "Cybercrime@Octopus", null));

        Project read = service.get(created.id());

        assertThat(read).isEqualTo(created);
        assertThat(read.budgetEur()).isEqualTo(new BigDecimal("3350000.50"));
        assertThat(read.expectedResults())
                .containsExactly("Octopus conferences", "T-CY functioning", "Advice and assistance");
        assertThat(read.originalEnd()).isEqualTo(read.currentEnd()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(read.version()).isZero();
    }

    @Test
    void listsByStart() {
        service.create(new ProjectDraft("B", "Later", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31),
                ProjectStatus.RUNNING, null, "", List.of(), null));
        service.create(draft("A", "Earlier", null));

        assertThat(service.list()).extracting(Project::code).containsExactly("A", "B");
    }

    @Test
    void codesAndNamesAreUniqueWhateverTheCase() {
        service.create(draft("C@O", "Cybercrime@Octopus", null));

        assertThatThrownBy(() -> service.create(draft("c@o", "CYBERCRIME@OCTOPUS", null)))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of("code", "validation.project.codeTaken", "c@o"),
                                FieldError.of("name", "validation.project.nameTaken", "CYBERCRIME@OCTOPUS")));
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void aProjectKeepsItsOwnCodeAndNameOnSaving() {
        Project created = service.create(draft("C@O", "Cybercrime@Octopus", null));

        Project updated = service.update(created.id(), created.version(), draft("C@O", "Cybercrime@Octopus", null));

        assertThat(updated.version()).isEqualTo(1);
    }

    @Test
    void updatesEveryFieldAndReplacesTheResultsInOrder() {
        Project created = service.create(draft("C@O", "Cybercrime@Octopus", null));
        ProjectDraft changed = new ProjectDraft("CO", "Cyber", LocalDate.of(2014, 2, 1), LocalDate.of(2017, 1, 31),
                ProjectStatus.CLOSED, null, "New text", List.of("second", "first"), null);

        Project updated = service.update(created.id(), created.version(), changed);

        assertThat(updated.toDraft()).isEqualTo(changed);
        assertThat(updated.originalEnd()).as("no amendment yet: a correction moves the original end too")
                .isEqualTo(LocalDate.of(2017, 1, 31));
    }

    @Test
    void aStaleSaveIsRefusedAndTheFirstIsKept() {
        Project created = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.update(created.id(), created.version(), draft("C@O", "First save", null));

        assertThatThrownBy(() -> service.update(created.id(), created.version(), draft("C@O", "Second save", null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.get(created.id()).name()).isEqualTo("First save");
    }

    @Test
    void aStaleDeleteIsRefused() {
        Project created = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.update(created.id(), created.version(), draft("C@O", "Changed", null));

        assertThatThrownBy(() -> service.delete(created.id(), created.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void linksAProjectToItsPredecessorBothWays() {
        Project first = service.create(draft("C@O", "Cybercrime@Octopus", null));
        Project second = service.create(new ProjectDraft("OCT", "Octopus Project", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, null, "", List.of(), first.id()));

        assertThat(service.details(first.id()).successor()).contains(second);
        assertThat(service.details(second.id()).predecessor()).contains(first);
    }

    @Test
    void refusesToDeleteAPredecessorAndKeepsIt() {
        Project first = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.create(draft("OCT", "Octopus Project", first.id()));

        assertThatThrownBy(() -> service.delete(first.id(), first.version()))
                .isInstanceOfSatisfying(StillReferencedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.project.hasSuccessor");
                    assertThat(refused.arguments()).containsExactly("Cybercrime@Octopus", "Octopus Project");
                });
        assertThat(service.list()).hasSize(2);
    }

    @Test
    void deletesAProjectWithItsAmendments() {
        Project project = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.amend(project.id(), 0, new AmendmentDraft(LocalDate.of(2020, 12, 31), LocalDate.of(2016, 6, 1), "x"));

        service.delete(project.id(), 1);

        assertThat(service.isEmpty()).isTrue();
        assertThatThrownBy(() -> service.get(project.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void chainsNeverLoopAndAProjectHasOneSuccessor() {
        Project first = service.create(draft("A", "First", null));
        Project second = service.create(draft("B", "Second", first.id()));
        Project third = service.create(draft("C", "Third", second.id()));

        assertThatThrownBy(() -> service.update(first.id(), first.version(), draft("A", "First", third.id())))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of("predecessor", "validation.project.predecessorCycle")));
        assertThatThrownBy(() -> service.update(first.id(), first.version(), draft("A", "First", first.id())))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.create(draft("D", "Fourth", first.id())))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of("predecessor", "validation.project.predecessorTaken",
                                "First", "Second")));
    }

    @Test
    void anAmendmentMovesTheCurrentEndAndKeepsTheOriginal() {
        Project project = service.create(draft("C@O", "Cybercrime@Octopus", null));

        Amendment amendment = service.amend(project.id(), project.version(),
                new AmendmentDraft(LocalDate.of(2020, 12, 31), LocalDate.of(2016, 6, 1), "Extended with the donors"));

        Project amended = service.get(project.id());
        assertThat(amended.originalEnd()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(amended.currentEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(amended.isAmended()).isTrue();
        assertThat(amendment.oldEnd()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(amendment.recordedAt())
                .isEqualTo(TestDatabase.TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(service.details(project.id()).amendments()).containsExactly(amendment);
    }

    @Test
    void keepsEveryAmendmentInOrder() {
        Project project = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.amend(project.id(), 0, new AmendmentDraft(LocalDate.of(2018, 12, 31), LocalDate.of(2016, 6, 1), "one"));
        service.amend(project.id(), 1, new AmendmentDraft(LocalDate.of(2020, 12, 31), LocalDate.of(2018, 6, 1), "two"));

        assertThat(service.details(project.id()).amendments())
                .extracting(Amendment::oldEnd, Amendment::newEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 12, 31), LocalDate.of(2018, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 12, 31), LocalDate.of(2020, 12, 31)));
        assertThat(service.get(project.id()).originalEnd()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void onceAmendedTheEndMovesOnlyThroughAnAmendment() {
        Project project = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.amend(project.id(), 0, new AmendmentDraft(LocalDate.of(2020, 12, 31), LocalDate.of(2016, 6, 1), "x"));
        ProjectDraft moved = new ProjectDraft("C@O", "Cybercrime@Octopus", LocalDate.of(2014, 1, 1),
                LocalDate.of(2021, 12, 31), ProjectStatus.RUNNING, null, "", List.of(), null);

        assertThatThrownBy(() -> service.update(project.id(), 1, moved))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of("end", "validation.project.endNeedsAmendment")));
        ProjectDraft renamed = new ProjectDraft("C@O", "Renamed", LocalDate.of(2014, 1, 1),
                LocalDate.of(2020, 12, 31), ProjectStatus.CLOSED, null, "", List.of(), null);
        Project saved = service.update(project.id(), 1, renamed);
        assertThat(saved.originalEnd()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void anAmendmentFromAStaleVersionIsRefused() {
        Project project = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.update(project.id(), 0, draft("C@O", "Changed", null));

        assertThatThrownBy(() -> service.amend(project.id(), 0,
                new AmendmentDraft(LocalDate.of(2020, 12, 31), LocalDate.of(2016, 6, 1), "x")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.details(project.id()).amendments()).isEmpty();
    }

    @Test
    void overviewCarriesEveryProjectWithItsAmendments() {
        Project first = service.create(draft("C@O", "Cybercrime@Octopus", null));
        service.amend(first.id(), 0, new AmendmentDraft(LocalDate.of(2020, 12, 31), LocalDate.of(2016, 6, 1), "x"));
        service.create(new ProjectDraft("OCT", "Octopus Project", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, null, "", List.of(), first.id()));

        List<ProjectDetails> overview = service.overview();

        assertThat(overview).extracting(details -> details.project().code()).containsExactly("C@O", "OCT");
        assertThat(overview.get(0).amendments()).hasSize(1);
        assertThat(overview.get(0).successor()).map(Project::code).contains("OCT");
        assertThat(overview.get(1).predecessor()).map(Project::code).contains("C@O");
    }

    @Test
    void todayComesFromTheClock() {
        assertThat(service.today()).isEqualTo(TestDatabase.TODAY);
    }
}
