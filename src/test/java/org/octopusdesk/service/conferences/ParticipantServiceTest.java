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
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ImportProblem;

/** Participants on real H2 with the real migrations. */
class ParticipantServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ParticipantService participants;
    private Conference edition;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        participants = database.conferences().participants();
        edition = database.conferences().create(new ConferenceDraft(2025, "Octopus Conference 2025",
                LocalDate.of(2025, 11, 19), LocalDate.of(2025, 11, 21), MeetingFormat.IN_PERSON, "", "Strasbourg",
                null, ConferenceStatus.REGISTRATION_OPEN, ""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void registersWithACountryByFrenchNameAndRefusesAnUnknownOneBesideTheField() {
        Participant saved = participants.register(edition.id(), new ParticipantDraft("Zoë Ørsted", "Police",
                "Danemark", Sector.CRIMINAL_JUSTICE, "Investigator", true, "zoe@example.org", true,
                LocalDate.of(2025, 10, 1)));

        assertThat(saved.country()).isEqualTo("DK");
        assertThat(participants.list(edition.id())).containsExactly(saved);
        assertThatThrownBy(() -> participants.register(edition.id(), new ParticipantDraft("A. Person", "",
                "Atlantis", Sector.ACADEMIA, "", false, "", false, null)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of(ParticipantDraft.COUNTRY,
                                "validation.participant.unknownCountry", "Atlantis")));
        // The trail keeps what the counts read, never the person's name or address.
        assertThat(database.audit().latest(ParticipantService.AUDIT_TYPE, null, 5)).singleElement()
                .satisfies(row -> assertThat(row.entry().toString()).doesNotContain("Ørsted", "zoe@"));
    }

    @Test
    void importsAFileWithColumnsInAnyOrderAndCountriesByCodeOrNameThenCounts() {
        ParticipantImportReport imported = participants.importText(2025,
                "email,sector,country,organisation,name,funded\n"
                + "ana@example.org,academia,Philippines,University,Ana Lee,no\n"
                + "jose@example.org,government,ES,Ministry,José Pérez,yes\n"
                + "JOSE@example.org,Government,Espagne,Ministry,PÉREZ José,yes\n", "participants.csv");

        assertThat(imported).isEqualTo(new ParticipantImportReport(3, 0));
        var counts = participants.counts(edition.id());
        assertThat(counts.participants()).isEqualTo(3);
        assertThat(counts.countries()).isEqualTo(2);
        assertThat(counts.funded()).isEqualTo(2);
        assertThat(participants.duplicates(edition.id())).singleElement()
                .satisfies(pair -> assertThat(pair.byName() && pair.byEmail()).isTrue());
    }

    @Test
    void aFileWithBadLinesImportsNothingAndSaysWhereEachIs() {
        assertThatThrownBy(() -> participants.importText(2025, "name,organisation,country,sector,email,consent,"
                + "consent_date\n"
                + "Ana Lee,University,PH,academia,ana@example.org,,\n"
                + ",Ministry,Atlantis,government,x,,\n"
                + "Bob,Firm,FR,industry,bob@example.org,,\n"
                + "Cy,Firm,FR,academia,cy@example.org,yes,31/31/2024\n"
                + "Di,Firm,FR,academia,di@example.org,yes,2099-01-01\n", "bad.csv"))
                .isInstanceOfSatisfying(ParticipantImportException.class, refused ->
                        assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "name", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple(3, "email", "validation.participant.email"),
                                org.assertj.core.groups.Tuple.tuple(3, "country",
                                        "validation.participant.unknownCountry"),
                                org.assertj.core.groups.Tuple.tuple(4, "sector", "error.participantImport.sector"),
                                org.assertj.core.groups.Tuple.tuple(5, "consent_date", "error.import.badDate"),
                                org.assertj.core.groups.Tuple.tuple(6, "consent_date",
                                        "validation.participant.consentFuture")));
        assertThat(participants.list(edition.id())).isEmpty();
    }

    @Test
    void aFileImportedAgainOrALaterExportRegistersNobodyTwice() {
        String first = "name,organisation,country,sector,email\n"
                + "Ana Lee,University,PH,academia,ana@example.org\n"
                + "Bob Stone,Firm,FR,private sector,bob@example.org\n"
                + "BOB  STONE,Firm,FR,private sector,BOB@example.org\n";
        assertThat(participants.importText(2025, first, "first.csv")).as("the repeated line is left out")
                .isEqualTo(new ParticipantImportReport(2, 1));

        assertThat(participants.importText(2025, first, "first.csv")).isEqualTo(new ParticipantImportReport(0, 3));
        assertThat(participants.importText(2025, first + "Chen Wei,Police,CN,criminal justice,chen@example.org\n",
                "later.csv")).isEqualTo(new ParticipantImportReport(1, 3));
        assertThat(participants.list(edition.id())).extracting(Participant::name)
                .containsExactlyInAnyOrder("Ana Lee", "Bob Stone", "Chen Wei");

        // The same person with other details is a correction, made in the window: the file is refused.
        assertThatThrownBy(() -> participants.importText(2025, "name,organisation,country,sector,email\n"
                + "Ana Lee,University of Manila,PH,academia,ana@example.org\n"
                + "Dara Kim,NGO,KR,civil society,dara@example.org\n", "changed.csv"))
                .isInstanceOfSatisfying(ParticipantImportException.class, refused -> {
                    assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, "name", "error.participantImport.registered",
                                    List.of("Ana Lee")));
                    assertThat(refused.arguments()).containsExactly(1);
                });
        assertThat(participants.list(edition.id())).hasSize(3);
    }

    @Test
    void aHeaderLackingColumnsNamesThemAllOrTheOneItMisspells() {
        assertThatThrownBy(() -> participants.importText(2025, "name,organisation,country,sector,e-mail\n"
                + "Ana Lee,University,PH,academia,ana@example.org\n", "hyphen.csv"))
                .isInstanceOfSatisfying(ParticipantImportException.class, refused -> assertThat(refused.problems())
                        .extracting(ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("error.csv.missingColumn.near",
                                        List.of("email", "e-mail"))));
        assertThatThrownBy(() -> participants.importText(2025, "name,country\nAna Lee,PH\n", "short.csv"))
                .isInstanceOfSatisfying(ParticipantImportException.class, refused -> assertThat(refused.problems())
                        .extracting(ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("error.csv.missingColumns",
                                        List.of(3, "organisation, sector, email"))));
    }

    @Test
    void aControlCharacterIsRefusedWhereverItIs() {
        assertThatThrownBy(() -> participants.importText(2025, "name,organisation,country,sector,email\n"
                + "Ana Lee,Univ\u001b[31mersity,PH,academia,ana@example.org\n"
                + "Bo\u0007b,Firm,FR,bogus,bob@example.org\n", "ctrl.csv"))
                .isInstanceOfSatisfying(ParticipantImportException.class, refused ->
                        assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, "organisation", "error.import.controlCharacter"),
                                org.assertj.core.groups.Tuple.tuple(3, "name", "error.import.controlCharacter"),
                                org.assertj.core.groups.Tuple.tuple(3, "sector", "error.participantImport.sector")));
        assertThat(participants.list(edition.id())).isEmpty();
    }

    @Test
    void aColumnTheImportDoesNotReadIsRefusedRatherThanItsValuesLost() {
        // "Roles" misspells "role"; "phone" is not kept at all: both would have lost their values unsaid.
        assertThatThrownBy(() -> participants.importText(2025, "name,organisation,country,sector,email,Roles,phone\n"
                + "Ana Lee,University,PH,academia,ana@example.org,speaker,+63 2 555 0100\n", "extra.csv"))
                .isInstanceOfSatisfying(ParticipantImportException.class, refused ->
                        assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(1, "Roles", "error.import.unreadColumn.near",
                                        List.of("Roles", "role")),
                                org.assertj.core.groups.Tuple.tuple(1, "phone", "error.import.unreadColumn",
                                        List.of("phone"))));
        assertThat(participants.list(edition.id())).isEmpty();
    }

    @Test
    void mergingKeepsTheFirstCompletedFromTheSecond() {
        Participant first = participants.register(edition.id(), new ParticipantDraft("José Pérez", "", "ES",
                Sector.GOVERNMENT, "", false, "", false, null));
        Participant second = participants.register(edition.id(), new ParticipantDraft("Perez Jose", "Ministry",
                "ES", Sector.GOVERNMENT, "Prosecutor", true, "jose@example.org", false, null));

        Participant merged = participants.merge(first, second);

        assertThat(participants.list(edition.id())).containsExactly(merged);
        assertThat(merged.name()).isEqualTo("José Pérez");
        assertThat(merged.organisation()).isEqualTo("Ministry");
        assertThat(merged.email()).isEqualTo("jose@example.org");
        assertThat(merged.funded()).isTrue();
    }
}
