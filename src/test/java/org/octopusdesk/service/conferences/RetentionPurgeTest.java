package org.octopusdesk.service.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.Erasure;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantCounts;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;

/** The retention purge on real H2: per edition, from the first day after the period, counts untouched. */
class RetentionPurgeTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ConferenceService conferences;
    private Conference held2023;
    private Conference held2024;
    private Conference undated;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        conferences = database.conferences();
        // 2023 ends 15 Dec 2023 and keeps 24 months: purged from 16 Dec 2025. 2024 keeps 36: from 2027.
        held2023 = edition(2023, LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), 24);
        held2024 = edition(2024, LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 7), 36);
        undated = edition(2013, null, null, 1);
        String file = "name,organisation,country,sector,email,funded\n"
                + "José Pérez,Fiscalía,ES,criminal justice,jose@example.org,yes\n"
                + "Zoë Ñúñez,Policía,MX,criminal justice,zoe@example.org,no\n"
                + "Ana Lee,University,PH,academia,ana@example.org,no\n";
        for (int year : new int[] {2023, 2024, 2013}) {
            conferences.participants().importText(year, file, "list.csv");
        }
    }

    private Conference edition(int year, LocalDate start, LocalDate end, int months) {
        return conferences.create(new ConferenceDraft(year, "Octopus Conference " + year, start, end,
                MeetingFormat.IN_PERSON, "", "Strasbourg", null, ConferenceStatus.HELD, "", months));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void nothingGoesBeforeThePeriodEndsAndOnItsFirstDayOnlyThatEditionIsPurgedCountsKept() {
        RetentionPurge retention = conferences.retention();
        ParticipantCounts before = conferences.participants().counts(held2023.id());

        assertThat(retention.preview(LocalDate.of(2025, 12, 15))).isEmpty();
        assertThat(retention.purge(LocalDate.of(2025, 12, 15))).isEmpty();
        assertThat(conferences.participants().list(held2023.id())).noneMatch(Participant::erased);

        assertThat(retention.preview(LocalDate.of(2025, 12, 16))).singleElement().satisfies(line -> {
            assertThat(line.edition().year()).isEqualTo(2023);
            assertThat(line.participants()).isEqualTo(3);
            assertThat(line.purgeFrom()).isEqualTo(LocalDate.of(2025, 12, 16));
        });
        List<RetentionPurge.Line> purged = retention.purge(LocalDate.of(2025, 12, 16));

        assertThat(purged).extracting(line -> line.edition().year()).containsExactly(2023);
        assertThat(conferences.participants().list(held2023.id())).allSatisfy(participant -> {
            assertThat(participant.erasure()).isEqualTo(Erasure.RETENTION);
            assertThat(participant.name() + participant.email() + participant.organisation()).isEmpty();
        });
        assertThat(conferences.participants().counts(held2023.id())).isEqualTo(before);
        assertThat(before.participants()).isEqualTo(3);
        assertThat(before.funded()).isEqualTo(1);
        // The other editions keep their details: 2024's period runs on, 2013 has no last day to run from.
        assertThat(conferences.participants().list(held2024.id())).noneMatch(Participant::erased);
        assertThat(conferences.participants().list(undated.id())).noneMatch(Participant::erased);
        assertThat(database.audit().latest(RetentionPurge.AUDIT_TYPE, null, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.entry().toString()).contains("2023", "purge.participants: 3")
                        .doesNotContain("José", "Ana Lee", "zoe@"));
        // Purged once: a second purge finds nothing left to take.
        assertThat(retention.preview(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void aPurgeCannotBeDatedAfterTodayAndThePeriodIsValidated() {
        LocalDate tomorrow = TestDatabase.TODAY.plusDays(1);
        assertThat(conferences.retention().preview(LocalDate.of(2028, 1, 1))).hasSize(2);
        assertThatThrownBy(() -> conferences.retention().purge(tomorrow))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.purge.future"));
        assertThatThrownBy(() -> conferences.update(held2024.id(), held2024.version(),
                new ConferenceDraft(2024, held2024.title(), held2024.start(), held2024.end(), held2024.format(), "",
                        "Strasbourg", null, ConferenceStatus.HELD, "", 0)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of(ConferenceDraft.RETENTION,
                                "validation.conference.retentionRange", 1, 120)));
        assertThat(conferences.get(held2024.id()).retentionMonths()).isEqualTo(36);
    }
}
