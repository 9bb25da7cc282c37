package org.octopusdesk.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

class AmendmentDraftTest {

    private static final Project PROJECT = new Project(new ProjectId(1), "C@O", "Cybercrime@Octopus",
            LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31), LocalDate.of(2016, 12, 31), ProjectStatus.RUNNING,
            null, "", List.of(), null, 0);

    @Test
    void anExtensionWithDateAndReasonPasses() {
        AmendmentDraft draft = new AmendmentDraft(LocalDate.of(2020, 12, 31), LocalDate.of(2016, 6, 1),
                "Donors agreed");

        assertThat(draft.validateFor(PROJECT)).isEmpty();
    }

    @Test
    void aShorteningIsAllowedButNotBeforeTheStart() {
        assertThat(new AmendmentDraft(LocalDate.of(2015, 12, 31), LocalDate.of(2015, 6, 1), "Cut")
                .validateFor(PROJECT)).isEmpty();
        assertThat(new AmendmentDraft(LocalDate.of(2013, 12, 31), LocalDate.of(2015, 6, 1), "Cut")
                .validateFor(PROJECT)).containsExactly(FieldError.of("newEnd", "validation.project.endBeforeStart"));
    }

    @Test
    void theSameEndChangesNothingAndIsRefused() {
        assertThat(new AmendmentDraft(PROJECT.currentEnd(), LocalDate.of(2015, 6, 1), "None").validateFor(PROJECT))
                .containsExactly(FieldError.of("newEnd", "validation.amendment.sameEnd"));
    }

    @Test
    void everyFieldIsRequired() {
        assertThat(new AmendmentDraft(null, null, "  ").validateFor(PROJECT)).extracting(FieldError::field)
                .containsExactly("newEnd", "decidedOn", "reason");
    }

    @Test
    void anAmendmentKnowsItsDirectionAndSize() {
        Amendment extension = new Amendment(1, PROJECT.id(), LocalDate.of(2016, 12, 31), LocalDate.of(2020, 12, 31),
                LocalDate.of(2016, 6, 1), "x", Instant.EPOCH);

        assertThat(extension.isExtension()).isTrue();
        assertThat(extension.shiftDays()).isEqualTo(1461);
    }
}
