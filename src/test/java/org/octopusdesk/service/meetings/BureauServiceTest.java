package org.octopusdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.meeting.BureauRole;
import org.octopusdesk.persistence.TestDatabase;

/** The Bureau's composition over time, on real H2 with the real migrations. */
class BureauServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private BureauService bureau;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        bureau = database.bureau();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static BureauMemberDraft seat(BureauRole role, String name, String country, LocalDate from,
            LocalDate to) {
        return new BureauMemberDraft(role, name, country, from, to, "");
    }

    @Test
    void theCompositionOnADateListsTheSeatsHeldThatDayChairFirst() {
        bureau.add(seat(BureauRole.MEMBER, "Member A", "FR", LocalDate.of(2020, 1, 1), null));
        bureau.add(seat(BureauRole.CHAIR, "Chair Old", "NL", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)));
        bureau.add(seat(BureauRole.CHAIR, "Chair New", "RO", LocalDate.of(2020, 1, 1), null));
        bureau.add(seat(BureauRole.VICE_CHAIR, "Vice", "JP", LocalDate.of(2018, 6, 1), LocalDate.of(2020, 6, 1)));

        assertThat(bureau.compositionOn(LocalDate.of(2020, 3, 1))).extracting(member -> member.details().personName())
                .containsExactly("Chair New", "Vice", "Member A");
        assertThat(bureau.compositionOn(LocalDate.of(2019, 12, 31)))
                .extracting(member -> member.details().personName()).containsExactly("Chair Old", "Vice");
        assertThat(bureau.compositionOn(LocalDate.of(2014, 1, 1))).isEmpty();
        assertThat(bureau.history()).extracting(member -> member.details().personName())
                .containsExactly("Chair New", "Member A", "Vice", "Chair Old");
    }

    @Test
    void aSecondChairInTheSameDaysIsRefusedNamingTheOther() {
        BureauMember chair = bureau.add(seat(BureauRole.CHAIR, "Cristina Schulman", "RO", LocalDate.of(2020, 1, 1),
                null));

        assertThatThrownBy(() -> bureau.add(seat(BureauRole.CHAIR, "Someone", "FR", LocalDate.of(2015, 1, 1),
                LocalDate.of(2020, 1, 1))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.messageKey()).isEqualTo("validation.bureau.twoChairs");
                            assertThat(error.arguments()).startsWith("Cristina Schulman");
                        }));
        // The day before the chair's term is free, and a vice-chair may sit beside the chair.
        bureau.add(seat(BureauRole.CHAIR, "Someone", "FR", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)));
        bureau.add(seat(BureauRole.VICE_CHAIR, "Vice", "FR", LocalDate.of(2020, 1, 1), null));
        // Changing the chair's own term does not collide with itself.
        bureau.update(chair.id(), seat(BureauRole.CHAIR, "Cristina Schulman", "RO", LocalDate.of(2020, 2, 1), null));
        assertThat(bureau.history()).hasSize(3);
    }

    @Test
    void refusesAnEndBeforeTheStartAnUnknownCountryAndAMissingName() {
        assertThatThrownBy(() -> bureau.add(seat(BureauRole.MEMBER, "", "ZZ", LocalDate.of(2020, 1, 1),
                LocalDate.of(2019, 1, 1))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::messageKey).containsExactlyInAnyOrder("validation.required",
                                "validation.bureau.toBeforeFrom", "validation.country.unknown"));
        assertThat(bureau.history()).isEmpty();
    }

    @Test
    void changesAndDeletionsAreAudited() {
        BureauMember member = bureau.add(seat(BureauRole.MEMBER, "A Person", "DE", LocalDate.of(2022, 1, 1), null));
        bureau.update(member.id(), seat(BureauRole.MEMBER, "A Person", "DE", LocalDate.of(2022, 1, 1),
                LocalDate.of(2023, 12, 31)));
        bureau.delete(member.id());

        assertThat(bureau.history()).isEmpty();
        assertThat(database.audit().latest(BureauService.AUDIT_TYPE, null, 10))
                .extracting(row -> row.entry().action().name()).containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void theSampleRecordsOnlyTheChairsThePublicRecordNamesOnTheDaysItNamesThem() {
        assertThat(new BureauSamples(bureau).load()).isEqualTo(2);

        assertThat(bureau.history()).extracting(member -> member.details().personName(),
                member -> member.details().countryCode(), member -> member.details().from(),
                member -> member.details().to())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cristina Schulman", "RO", LocalDate.of(2020, 11, 30),
                                LocalDate.of(2020, 11, 30)),
                        org.assertj.core.groups.Tuple.tuple("Erik Planken", "NL", LocalDate.of(2015, 12, 1),
                                LocalDate.of(2015, 12, 2)));
        assertThat(bureau.history().get(0).details().note()).contains("Only these days are attested",
                "Source: https://docslib.org/doc/1655390/");
    }
}
