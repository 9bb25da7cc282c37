package org.octopusdesk.report.conference;

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
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionKind;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;

/** The conference report written to PDF and read back, in English and French. */
class ConferenceReportTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private Reports reports;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder.resolve("data"));
        var conferences = database.conferences();
        // Today is 28 Nov 2026: of the checklist's tasks, the venue (24 Jul) and interpretation (21 Nov) are late.
        Conference edition = conferences.create(new ConferenceDraft(2027, "Octopus Conference 2027",
                LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 22), MeetingFormat.HYBRID, "Palace of Parliament",
                "Bucharest, Romania", null, ConferenceStatus.REGISTRATION_OPEN, ""));
        conferences.programme().add(edition.id(), new SessionDraft(LocalDate.of(2027, 1, 21), LocalTime.of(9, 30),
                LocalTime.of(11, 0), "Sala Unirii", "Electronic evidence in the cloud", SessionKind.PLENARY,
                List.of(new SessionPerson(SessionPerson.Role.SPEAKER, "Zoë Ørsted-Šimić", "Politiets "
                        + "Efterretningstjeneste", "DK"))));
        register(edition, "Ioana Popescu", "RO", Sector.CRIMINAL_JUSTICE, true);
        register(edition, "Marie-Hélène Lefèvre", "FR", Sector.GOVERNMENT, false);
        register(edition, "Jean Dupont", "FR", Sector.ACADEMIA, false);
        LogisticsTask venue = conferences.logistics().ofConference(edition.id(), null).get(0);
        conferences.logistics().markDone(venue.id());
        database.conferenceBudgets().createLine(edition.id(), new org.octopusdesk.domain.conference.BudgetLineDraft(
                org.octopusdesk.domain.conference.BudgetCategory.VENUE, "Palace of Parliament, three days",
                new java.math.BigDecimal("45000"), "EUR", LocalDate.of(2026, 4, 13)));
        reports = Reports.of(database.asWorkspace(), java.time.Clock.fixed(
                TestDatabase.TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC),
                "test");
    }

    private void register(Conference edition, String name, String country, Sector sector, boolean funded) {
        database.conferences().participants().register(edition.id(), new ParticipantDraft(name, "", country, sector,
                "", funded, "", false, null));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theReportHasTheFactsASessionTheSentenceTheCountsAndTheLogistics() throws Exception {
        Path pdf = folder.resolve("conference.pdf");
        reports.write(reports.conferenceReport(2027, "en"), pdf, ReportProgress.NONE);

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Conference report", "Octopus Conference 2027", "Palace of Parliament",
                "Bucharest, Romania", "Hybrid", "Registration open", "09:30–11:00", "Sala Unirii",
                "Electronic evidence in the cloud", "Zoë Ørsted-Šimić (Politiets Efterretningstjeneste, Denmark)",
                "3 participants from 2 countries, 1 funded.", "France (FR)", "Romania (RO)", "Criminal justice",
                "66.7%", "On 28/11/2026: 6 tasks · 1 done · 1 overdue.", "Tasks still to be done",
                "Open · overdue", "Send invitation letters for visas");
        // The venue was booked: it is counted as done and no longer listed among the tasks still to do.
        assertThat(text).doesNotContain("Book the venue and the rooms");
        // Counts only: the register's names are personal data and never printed in the report.
        assertThat(text).doesNotContain("Ioana Popescu", "Lefèvre");
        assertThat(text.indexOf("Programme")).isLessThan(text.indexOf("3 participants from 2 countries"));
        assertThat(text.indexOf("3 participants from 2 countries")).isLessThan(text.indexOf("Planned costs"));
        // The budget section, between the participants and the logistics: one planned line, nothing spent yet.
        assertThat(text).contains("Planned costs EUR 45,000.00, actual costs EUR 0.00");
        assertThat(text.indexOf("Planned costs")).isLessThan(text.indexOf("Tasks still to be"));
        PdfChecks.assertPdfA(pdf);
    }

    @Test
    void inFrenchTheSentenceTheSectorsAndTheStatusesAreFrench() throws Exception {
        Path pdf = folder.resolve("fr.pdf");
        reports.write(reports.conferenceReport(2027, "fr"), pdf, ReportProgress.NONE);

        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains("Rapport de conférence",
                "Octopus Conference 2027", "Hybride", "Electronic evidence in the cloud",
                "3 participants de 2 pays, 1 financé.", "Roumanie (RO)", "Justice pénale",
                "Au 28/11/2026 : 6 tâches · 1 faite · 1 en retard.", "Tâches restant à faire",
                "Ouverte · en retard");
    }

    @Test
    void aHeldSampleEditionSaysWhatItLacksAndAnUnknownYearIsRefused() throws Exception {
        new org.octopusdesk.service.conferences.ConferenceSamples(database.conferences()).load();
        Path pdf = folder.resolve("2004.pdf");
        reports.write(reports.conferenceReport(2004, "en"), pdf, ReportProgress.NONE);

        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains("Octopus Conference 2004",
                "Not recorded", "No session is recorded in this edition’s programme.",
                "No participant is registered for this edition.", "No logistics task is recorded for this edition.");
        assertThatThrownBy(() -> reports.conferenceReport(1999, "en")).isInstanceOfSatisfying(
                DomainException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("error.conference.noSuchYear"));
    }
}
