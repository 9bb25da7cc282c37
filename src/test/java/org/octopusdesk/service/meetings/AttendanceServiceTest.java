package org.octopusdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.domain.meeting.Delegate;
import org.octopusdesk.domain.meeting.Delegation;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;

/** Attendance by delegation on real H2, with the T-CY status of each country on the meeting's date. */
class AttendanceServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private AttendanceService attendance;
    private Meeting twentyThird;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        attendance = database.attendance();
        var plenary = database.meetings().seriesNamed("Plenary").id();
        twentyThird = database.meetings().create(new MeetingDraft(plenary, 23, LocalDate.of(2025, 11, 30),
                LocalDate.of(2025, 11, 30), MeetingFormat.ONLINE, "", ""));
        database.treaties().save(new TreatyRecord("FR", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2006, 1, 10), DepositKind.RATIFICATION, null, "", Set.of(), "", ""));
        database.treaties().recordStatus(new TcyStatusEntry("JP", TcyStatus.OBSERVER, LocalDate.of(2010, 1, 1), ""));
        database.treaties().recordStatus(new TcyStatusEntry("BR", TcyStatus.AD_HOC_OBSERVER,
                LocalDate.of(2026, 1, 1), "after the meeting"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Delegation country(String code, int persons, String names) {
        return attendance.add(twentyThird.id(), new DelegationDraft(code, null, persons, Delegate.parseLines(names)));
    }

    @Test
    void eachCountryHasItsStatusOnTheMeetingsDateAndTheHeadcountSaysIt() {
        country("FR", 3, "Jane Doe, Head of delegation");
        country("JP", 2, "");
        country("BR", 1, "");
        attendance.add(twentyThird.id(), new DelegationDraft(null, "UNODC", 2, List.of()));

        Attendance read = attendance.attendance(twentyThird.id());

        assertThat(read.states()).extracting(line -> line.country().code(), DelegationLine::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BR", TcyStatus.NONE),
                        org.assertj.core.groups.Tuple.tuple("FR", TcyStatus.PARTY),
                        org.assertj.core.groups.Tuple.tuple("JP", TcyStatus.OBSERVER));
        assertThat(read.organisations()).extracting(line -> line.name(Locale.ENGLISH)).containsExactly("UNODC");
        assertThat(read.states().get(1).delegation().delegates())
                .containsExactly(new Delegate("Jane Doe", "Head of delegation"));
        assertThat(read.headcount().sentence(Locale.ENGLISH))
                .isEqualTo("8 representatives of 3 Parties, Observer and other States, and 1 organisation");
        assertThat(read.headcount().sentence(Locale.FRENCH))
                .isEqualTo("8 représentants de 3 Parties, États observateurs et autres États, et de 1 organisation");
    }

    @Test
    void aCountryTwiceIsRefusedNamingItAndAnOrganisationTwiceWhateverTheCase() {
        Delegation france = country("FR", 3, "");
        attendance.add(twentyThird.id(), new DelegationDraft(null, "Europol", 1, List.of()));

        assertThatThrownBy(() -> country("FR", 1, "")).isInstanceOfSatisfying(ValidationException.class,
                refused -> assertThat(refused.errors()).containsExactly(FieldError.of(DelegationDraft.COUNTRY,
                        "validation.delegation.countryTwice", database.countries().find("FR").orElseThrow())));
        assertThatThrownBy(() -> attendance.add(twentyThird.id(), new DelegationDraft(null, "EUROPOL", 1, List.of())))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.delegation.organisationTwice"));
        assertThatThrownBy(() -> country("QQ", 1, "")).isInstanceOf(ValidationException.class);

        Delegation updated = attendance.update(france.id(), new DelegationDraft("FR", null, 4, List.of()));
        assertThat(updated.persons()).isEqualTo(4);
    }

    @Test
    void theAuditTrailCountsTheNamedPersonsButNeverNamesThem() {
        Delegation france = country("FR", 3, "Jane Doe, Head of delegation\nJohn Roe");
        attendance.delete(france.id());

        var entries = database.audit().latest(AttendanceService.AUDIT_TYPE, "T-CY 23 FR", 10);
        assertThat(entries).hasSize(2);
        assertThat(entries.toString()).doesNotContain("Jane").doesNotContain("Roe").contains("delegation.named");
        assertThat(attendance.attendance(twentyThird.id()).isEmpty()).isTrue();
    }

    @Test
    void namesAreErasedTwoYearsAfterTheMeetingAndNoLongerTakenTheNumbersStay() {
        var plenary = database.meetings().seriesNamed("Plenary").id();
        Meeting old = database.meetings().create(new MeetingDraft(plenary, 20, LocalDate.of(2024, 11, 27),
                LocalDate.of(2024, 11, 27), MeetingFormat.ONLINE, "", ""));
        database.close();
        // A year earlier the old meeting's names were still kept.
        database = new TestDatabase(folder, LocalDate.of(2025, 11, 28));
        Delegation past = database.attendance().add(old.id(),
                new DelegationDraft("FR", null, 2, Delegate.parseLines("A\nB")));
        database.attendance().add(twentyThird.id(), new DelegationDraft("FR", null, 3, Delegate.parseLines("C")));
        assertThat(database.attendance().eraseExpiredNames()).isZero();
        database.close();
        // TestDatabase's today is 28 November 2026: the old meeting ended two years and a day before.
        database = new TestDatabase(folder);
        attendance = database.attendance();

        assertThat(attendance.eraseExpiredNames()).isEqualTo(2);

        assertThat(attendance.attendance(old.id()).states().get(0).delegation().delegates()).isEmpty();
        assertThat(attendance.attendance(old.id()).headcount().persons()).isEqualTo(2);
        assertThat(attendance.attendance(twentyThird.id()).states().get(0).delegation().delegates()).hasSize(1);
        assertThatThrownBy(() -> attendance.update(past.id(), new DelegationDraft("FR", null, 2,
                Delegate.parseLines("A")))).isInstanceOfSatisfying(ValidationException.class,
                        refused -> assertThat(refused.errors()).extracting(FieldError::messageKey)
                                .containsExactly("validation.delegation.namesExpired"));
    }
}
