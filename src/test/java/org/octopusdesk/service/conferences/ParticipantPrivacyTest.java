package org.octopusdesk.service.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.Erasure;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantCounts;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionKind;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;

/** A person's export and erasure on real H2 with the real migrations. */
class ParticipantPrivacyTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ParticipantService participants;
    private ParticipantPrivacy privacy;
    private Conference edition2025;
    private Conference edition2023;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        participants = database.conferences().participants();
        privacy = database.conferences().privacy();
        edition2025 = database.conferences().create(new ConferenceDraft(2025, "Octopus Conference 2025",
                LocalDate.of(2025, 11, 19), LocalDate.of(2025, 11, 21), MeetingFormat.IN_PERSON, "", "Strasbourg",
                null, ConferenceStatus.HELD, ""));
        edition2023 = database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "", "Bucharest",
                null, ConferenceStatus.HELD, ""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Participant register(Conference edition, String name, String country, Sector sector, boolean funded,
            String email) {
        return participants.register(edition.id(), new ParticipantDraft(name, "Police", country, sector,
                "Investigator", funded, email, true, LocalDate.of(2025, 10, 1)));
    }

    @Test
    void exportsEveryRegistrationUnderTheAddressWithTheSessionsAndTheAuditFactsAndNobodyElse() throws Exception {
        register(edition2025, "Zoë Ñúñez", "ES", Sector.CRIMINAL_JUSTICE, true, "zoe@example.org");
        register(edition2023, "Zoë Ñúñez", "ES", Sector.CRIMINAL_JUSTICE, false, "ZOE@example.org");
        register(edition2025, "Ana Lee", "PH", Sector.ACADEMIA, false, "ana@example.org");
        database.conferences().programme().add(edition2025.id(), new SessionDraft(LocalDate.of(2025, 11, 20),
                LocalTime.of(9, 0), LocalTime.of(10, 30), "Room 1", "Electronic evidence", SessionKind.WORKSHOP,
                List.of(new SessionPerson(SessionPerson.Role.SPEAKER, "zoe nunez", "Police", "ES"))));

        PersonalData data = privacy.personalData(2025, " Zoe@Example.org ");
        Path file = folder.resolve("zoe.json");
        ParticipantPrivacy.write(data, "To run the conference.", file);
        String json = Files.readString(file);

        assertThat(data.registrations()).extracting(one -> one.edition().year()).containsExactly(2023, 2025);
        assertThat(data.registrations().get(1).programme()).singleElement()
                .satisfies(mention -> assertThat(mention.session().title()).isEqualTo("Electronic evidence"));
        assertThat(data.registrations()).allSatisfy(one -> assertThat(one.auditTrail()).isNotEmpty());
        assertThat(json).contains("\"name\": \"Zoë Ñúñez\"", "\"edition\": 2023", "\"edition\": 2025",
                "\"session\": \"Electronic evidence\"", "\"action\": \"CREATE\"",
                "\"purpose\": \"To run the conference.\"",
                "\"consentDate\": \"2025-10-01\"", "\"erasedOn\": null")
                .doesNotContain("Ana Lee", "ana@example.org");
        assertThat(json.strip()).startsWith("{").endsWith("}");
    }

    @Test
    void erasesTheDetailsButKeepsTheCountsAndTheSentenceAndTellsTheTrailNoName() {
        register(edition2025, "Zoë Ñúñez", "ES", Sector.CRIMINAL_JUSTICE, true, "zoe@example.org");
        register(edition2025, "ÑÚÑEZ Zoë", "ES", Sector.CRIMINAL_JUSTICE, true, "other@example.org");
        register(edition2025, "Ana Lee", "PH", Sector.ACADEMIA, false, "ana@example.org");
        ParticipantCounts before = participants.counts(edition2025.id());
        assertThat(participants.duplicates(edition2025.id())).hasSize(1);

        List<Participant> erased = privacy.erase(2025, "ZOE@example.org");

        assertThat(erased).singleElement().satisfies(one -> assertThat(one.name()).isEqualTo("Zoë Ñúñez"));
        Participant row = participants.list(edition2025.id()).stream().filter(Participant::erased).findFirst()
                .orElseThrow();
        assertThat(row).extracting(Participant::name, Participant::organisation, Participant::role,
                Participant::email, Participant::listConsent, Participant::consentDate, Participant::erasure)
                .containsExactly("", "", "", "", false, null, Erasure.REQUEST);
        assertThat(row).extracting(Participant::country, Participant::sector, Participant::funded,
                Participant::erasedOn).containsExactly("ES", Sector.CRIMINAL_JUSTICE, true, TestDatabase.TODAY);
        assertThat(participants.counts(edition2025.id())).isEqualTo(before);
        assertThat(before.participants()).isEqualTo(3);
        assertThat(before.countries()).isEqualTo(2);
        // The erased row is no one's duplicate any more.
        assertThat(participants.duplicates(edition2025.id())).isEmpty();
        assertThat(database.audit().latest(ParticipantService.AUDIT_TYPE, null, 1)).singleElement()
                .satisfies(entry -> assertThat(entry.entry().toString())
                        .contains("participant.erasure.request").doesNotContain("Zoë", "Ñúñez", "zoe@", "Police"));
        assertThatThrownBy(() -> participants.update(row.id(), row.version(), new ParticipantDraft("Back again",
                "", "ES", Sector.CRIMINAL_JUSTICE, "", true, "", false, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.participant.erased"));
    }

    @Test
    void anUnknownAddressIsRefusedPlainlyAndChangesNothing() {
        register(edition2025, "Ana Lee", "PH", Sector.ACADEMIA, false, "ana@example.org");
        register(edition2023, "Zoë Ñúñez", "ES", Sector.CRIMINAL_JUSTICE, false, "zoe@example.org");
        List<Participant> before = participants.list(edition2025.id());

        // Registered, but in another edition: in this one, the address is unknown.
        for (String address : List.of("nobody@example.org", "zoe@example.org")) {
            assertThatThrownBy(() -> privacy.erase(2025, address)).isInstanceOfSatisfying(DomainException.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("error.participant.noSuchEmail"));
            assertThatThrownBy(() -> privacy.personalData(2025, address)).isInstanceOf(DomainException.class);
        }
        assertThat(participants.list(edition2025.id())).isEqualTo(before);
        assertThat(participants.list(edition2023.id())).noneMatch(Participant::erased);
        assertThat(privacy.otherEditions(2025, "zoe@example.org")).containsExactly(2023);
    }
}
