package org.octopusdesk.service.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionKind;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ConcurrentEditException;

/** Editions and their programme on real H2 with the real migrations. */
class ConferenceServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ConferenceService conferences;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        conferences = database.conferences();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Conference edition2025() {
        return conferences.create(new ConferenceDraft(2025, "Octopus Conference 2025", LocalDate.of(2025, 11, 19),
                LocalDate.of(2025, 11, 21), MeetingFormat.HYBRID, "Palais de l’Europe", "Strasbourg, France", null,
                ConferenceStatus.REGISTRATION_OPEN, ""));
    }

    private static SessionDraft session(String day, String start, String end, String room, String title,
            SessionPerson... people) {
        return new SessionDraft(LocalDate.parse(day), LocalTime.parse(start), LocalTime.parse(end), room, title,
                SessionKind.WORKSHOP, List.of(people));
    }

    @Test
    void theSampleHoldsEveryEditionOfTheReferenceFileWithItsFactsAndNothingInvented() {
        int loaded = new ConferenceSamples(conferences).load();

        List<Conference> all = conferences.list();
        assertThat(loaded).isEqualTo(9);
        assertThat(all).extracting(Conference::year)
                .containsExactly(2023, 2021, 2019, 2018, 2013, 2012, 2009, 2008, 2004);
        Conference strasbourg = conferences.ofYear(2019);
        assertThat(strasbourg.start()).isEqualTo("2019-11-20");
        assertThat(strasbourg.end()).isEqualTo("2019-11-22");
        assertThat(strasbourg.venue()).isEqualTo("Council of Europe");
        assertThat(strasbourg.city()).isEqualTo("Strasbourg, France");
        assertThat(strasbourg.format()).isEqualTo(MeetingFormat.IN_PERSON);
        Conference first = conferences.ofYear(2004);
        assertThat(first.hasDates()).isFalse();
        assertThat(first.place()).isEmpty();
        assertThat(first.note()).contains("only the start year is stated");
        // The file does not say 2021 was online: the format stays unrecorded rather than guessed.
        assertThat(conferences.ofYear(2021).format()).isEqualTo(MeetingFormat.NOT_RECORDED);
        assertThat(conferences.ofYear(2023).place()).isEqualTo("Bucharest, Romania");
        assertThat(conferences.ofYear(2008).title()).isEqualTo("Octopus Interface 2008");
        assertThat(conferences.ofYear(2009).venue()).isEqualTo("Council of Europe (rooms 1 and 2, Palais)");
    }

    @Test
    void oneEditionAYearAndEveryChangeAudited() {
        Conference created = edition2025();
        assertThatThrownBy(() -> edition2025()).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(refused.errors()).containsExactly(FieldError.of(ConferenceDraft.YEAR,
                        "validation.conference.yearTaken", "Octopus Conference 2025")));

        ConferenceDraft held = new ConferenceDraft(2025, created.title(), created.start(), created.end(),
                created.format(), created.venue(), created.city(), null, ConferenceStatus.HELD, "");
        Conference saved = conferences.update(created.id(), created.version(), held);
        assertThatThrownBy(() -> conferences.update(created.id(), created.version(), held))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(saved.status()).isEqualTo(ConferenceStatus.HELD);
        assertThat(conferences.history(created.id())).extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE);
        assertThatThrownBy(() -> conferences.ofYear(1990)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("error.conference.noSuchYear"));
    }

    @Test
    void anEditionBelongsToAProjectByName() {
        var project = database.projects().create(new org.octopusdesk.domain.project.ProjectDraft("OCTO",
                "Octopus Project", LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31),
                org.octopusdesk.domain.project.ProjectStatus.RUNNING, null, "", List.of(), null));
        Conference created = conferences.create(new ConferenceDraft(2023, "Octopus Conference 2023", null, null,
                MeetingFormat.NOT_RECORDED, "", "", project.id(), ConferenceStatus.HELD, ""));

        assertThat(conferences.get(created.id()).projectName()).isEqualTo("Octopus Project");
    }

    @Test
    void sessionsAreKeptWithTheirPeopleInOrderAndTheirCountriesAsCodes() {
        Conference edition = edition2025();
        var programme = conferences.programme();

        Session saved = programme.add(edition.id(), session("2025-11-20", "09:30", "11:00", "Room 1",
                "Electronic evidence in the cloud",
                new SessionPerson(SessionPerson.Role.MODERATOR, "Cristina Schulman", "T-CY", "Roumanie"),
                new SessionPerson(SessionPerson.Role.SPEAKER, "Zoë Ørsted", "Police", "dk")));

        assertThat(programme.of(edition.id()).sessions()).containsExactly(saved);
        assertThat(saved.people()).extracting(SessionPerson::name, SessionPerson::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cristina Schulman", "RO"),
                        org.assertj.core.groups.Tuple.tuple("Zoë Ørsted", "DK"));
        assertThat(programme.of(edition.id()).days()).containsExactly(LocalDate.of(2025, 11, 19),
                LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 21));
        assertThat(database.audit().latest(ProgrammeService.AUDIT_TYPE, null, 5))
                .extracting(row -> row.entry().recordKey()).containsExactly("2025 #" + saved.id());
    }

    @Test
    void refusesSessionsOutsideTheDaysEndingBeforeTheyStartOrWithAnUnknownCountry() {
        Conference edition = edition2025();
        var programme = conferences.programme();

        assertThatThrownBy(() -> programme.add(edition.id(), session("2025-11-22", "09:00", "08:00", "Room 1",
                "Too late"))).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(refused.errors()).extracting(FieldError::messageKey).containsExactly(
                        "validation.session.outsideConference", "validation.session.endBeforeStart"));
        assertThatThrownBy(() -> programme.add(edition.id(), session("2025-11-20", "09:00", "10:00", "Room 1",
                "Atlantis", new SessionPerson(SessionPerson.Role.SPEAKER, "A. Person", "", "Atlantis"))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of(SessionDraft.PEOPLE, "validation.session.unknownCountry",
                                "A. Person", "Atlantis")));
        assertThat(programme.of(edition.id()).sessions()).isEmpty();
    }

    @Test
    void clashesAreFoundOverTheStoredProgrammeAndNewDatesMayNotStrandSessions() {
        Conference edition = edition2025();
        var programme = conferences.programme();
        programme.add(edition.id(), session("2025-11-21", "09:00", "10:30", "Room 1", "Opening",
                new SessionPerson(SessionPerson.Role.SPEAKER, "Ana Lee", "", "")));
        Session second = programme.add(edition.id(), session("2025-11-21", "10:00", "11:00", "Room 2", "Panel",
                new SessionPerson(SessionPerson.Role.SPEAKER, "ana lee", "", "")));

        assertThat(programme.of(edition.id()).clashes().of(second.id())).extracting(clash -> clash.person())
                .containsExactly("ana lee");

        Conference current = conferences.get(edition.id());
        ConferenceDraft shorter = new ConferenceDraft(2025, current.title(), current.start(),
                LocalDate.of(2025, 11, 20), current.format(), current.venue(), current.city(), null,
                current.status(), "");
        assertThatThrownBy(() -> conferences.update(current.id(), current.version(), shorter))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of(ConferenceDraft.END, "validation.conference.strandsSessions",
                                2, "2025-11-21")));

        conferences.delete(current.id(), current.version());
        assertThat(conferences.list()).isEmpty();
    }
}
