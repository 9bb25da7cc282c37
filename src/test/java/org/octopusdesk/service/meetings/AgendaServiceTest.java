package org.octopusdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.meeting.RegisteredDecision;
import org.octopusdesk.persistence.TestDatabase;

/** Agendas and decisions on real H2 with the real migrations. */
class AgendaServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private AgendaService agenda;
    private Meeting twentyThird;
    private Meeting twentyFourth;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        MeetingService meetings = database.meetings();
        agenda = meetings.agenda();
        var plenary = meetings.seriesNamed("Plenary").id();
        twentyThird = meetings.create(new MeetingDraft(plenary, 23, LocalDate.of(2020, 11, 30),
                LocalDate.of(2020, 11, 30), MeetingFormat.ONLINE, "", ""));
        twentyFourth = meetings.create(new MeetingDraft(plenary, 24, LocalDate.of(2021, 5, 28),
                LocalDate.of(2021, 5, 28), MeetingFormat.ONLINE, "", ""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AgendaItem item(Meeting meeting, String title) {
        return agenda.addItem(meeting.id(), new AgendaItemDraft(title, ""));
    }

    @Test
    void itemsAreNumberedInOrderAndMoveUpAndDown() {
        AgendaItem opening = item(twentyThird, "Opening of the meeting");
        AgendaItem adoption = item(twentyThird, "Adoption of the agenda");
        AgendaItem protocol = item(twentyThird, "Draft Second Additional Protocol");
        item(twentyFourth, "Opening");

        agenda.move(protocol.id(), true);
        agenda.move(opening.id(), true);

        assertThat(agenda.agenda(twentyThird.id())).extracting(AgendaItem::number, AgendaItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Opening of the meeting"),
                        org.assertj.core.groups.Tuple.tuple(2, "Draft Second Additional Protocol"),
                        org.assertj.core.groups.Tuple.tuple(3, "Adoption of the agenda"));

        agenda.deleteItem(protocol.id());
        agenda.move(adoption.id(), false);

        assertThat(agenda.agenda(twentyThird.id())).extracting(AgendaItem::number, AgendaItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Opening of the meeting"),
                        org.assertj.core.groups.Tuple.tuple(2, "Adoption of the agenda"));
        assertThat(agenda.agenda(twentyFourth.id())).extracting(AgendaItem::number).containsExactly(1);
    }

    @Test
    void decisionsStayUnderTheirItemAndAnEmptyOneIsRefused() {
        AgendaItem report = item(twentyThird, "Meeting report");
        agenda.addDecision(report.id(), "To adopt the report T-CY(2020)33.");
        agenda.addDecision(report.id(), "To publish it.");

        assertThatThrownBy(() -> agenda.addDecision(report.id(), "  "))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of(Decision.TEXT, "validation.required")));
        assertThat(agenda.agenda(twentyThird.id()).get(0).decisions()).extracting(Decision::text)
                .containsExactly("To adopt the report T-CY(2020)33.", "To publish it.");
    }

    @Test
    void theRegisterSearchesTextItemsAndMeetingsTheLatestMeetingFirst() {
        AgendaItem protocol23 = item(twentyThird, "Draft Protocol");
        item(twentyThird, "Any other business");
        AgendaItem guidance = item(twentyFourth, "Guidance Notes");
        agenda.addDecision(protocol23.id(), "To continue the drafting.");
        agenda.addDecision(guidance.id(), "To adopt the Guidance Note on ransomware.");
        agenda.addDecision(agenda.agenda(twentyThird.id()).get(1).id(), "To hold the next plenary in May 2021.");

        assertThat(agenda.register("", Optional.empty())).extracting(line -> line.meeting().shortTitle(),
                RegisteredDecision::itemNumber).containsExactly(org.assertj.core.groups.Tuple.tuple("T-CY 24", 1),
                org.assertj.core.groups.Tuple.tuple("T-CY 23", 1), org.assertj.core.groups.Tuple.tuple("T-CY 23", 2));
        assertThat(agenda.register("RANSOMWARE", Optional.empty())).extracting(line -> line.decision().text())
                .containsExactly("To adopt the Guidance Note on ransomware.");
        assertThat(agenda.register("protocol", Optional.empty())).extracting(RegisteredDecision::itemTitle)
                .containsExactly("Draft Protocol");
        assertThat(agenda.register("", Optional.of(twentyThird.id()))).hasSize(2);
        assertThat(agenda.register("24e réunion", Optional.empty())).hasSize(1);
    }

    @Test
    void everyChangeIsInTheAuditTrailAndDeletingTheMeetingTakesItsAgenda() {
        AgendaItem report = item(twentyThird, "Meeting report");
        Decision decision = agenda.addDecision(report.id(), "To adopt the report.");
        agenda.updateDecision(decision.id(), "To adopt the report T-CY(2020)33.");
        agenda.updateItem(report.id(), new AgendaItemDraft("Meeting report", "T-CY(2020)33"));

        var trail = database.audit().latest(null, null, 10).stream().map(row -> row.entry()).toList();
        assertThat(trail).extracting(entry -> entry.recordType()).contains("AGENDA_ITEM", "DECISION");
        assertThat(trail).anySatisfy(entry -> assertThat(entry.newValues())
                .isEqualTo("decision.text: To adopt the report T-CY(2020)33."));

        database.meetings().delete(twentyThird.id(), twentyThird.version());
        assertThat(agenda.register("", Optional.empty())).isEmpty();
    }
}
