package org.octopusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.persistence.TestDatabase;

class SampleDataServiceTest {

    @TempDir
    Path folder;

    @Test
    void loadsBothOctopusProjectsWithTheAmendmentAndTheLink() {
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            SampleDataService.Loaded loaded = database.sampleData().load();

            assertThat(loaded).isEqualTo(new SampleDataService.Loaded(2, 1, 5, 9, 9, 6, 91, 21, 9));
            assertThat(database.donors().list()).extracting(donor -> donor.name()).contains("Canada", "Japan");
            ProjectService projects = database.projects();
            Project octopus = projects.list().get(0);
            assertThat(octopus.name()).isEqualTo("Cybercrime@Octopus");
            assertThat(octopus.start()).isEqualTo(LocalDate.of(2014, 1, 1));
            assertThat(octopus.originalEnd()).isEqualTo(LocalDate.of(2016, 12, 31));
            assertThat(octopus.currentEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
            assertThat(octopus.status()).isEqualTo(ProjectStatus.CLOSED);
            assertThat(octopus.expectedResults()).hasSize(3).first().isEqualTo("Annual Octopus conferences");
            assertThat(octopus.description()).contains("Source: ");
            ProjectDetails details = projects.details(octopus.id());
            assertThat(details.amendments()).singleElement()
                    .satisfies(amendment -> assertThat(amendment.reason()).contains("not in the public record"));
            assertThat(details.successor()).map(Project::name).contains("Octopus Project");
            assertThat(details.successor().get().start()).isEqualTo(LocalDate.of(2021, 1, 1));
        }
    }

    @Test
    void refusesToMixTheSampleWithExistingRecords() {
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            database.sampleData().load();

            assertThatThrownBy(() -> database.sampleData().load()).isInstanceOf(DomainException.class)
                    .extracting(failure -> ((DomainException) failure).messageKey()).isEqualTo("error.sample.notEmpty");
            assertThat(database.projects().list()).hasSize(2);
        }
    }
}
