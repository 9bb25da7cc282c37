package org.octopusdesk.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.meeting.MeetingFormat;

class ConferenceDraftTest {

    private static ConferenceDraft draft(Integer year, String start, String end) {
        return new ConferenceDraft(year, "Octopus Conference " + year, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), MeetingFormat.IN_PERSON, "Palais de l’Europe",
                "Strasbourg, France", null, ConferenceStatus.PLANNING, "");
    }

    @Test
    void anEditionKnownOnlyByItsYearIsValidAndOneWithDatesNeedsBoth() {
        assertThat(draft(2004, null, null).validate()).isEmpty();
        assertThat(draft(2019, "2019-11-20", "2019-11-22").validate()).isEmpty();
        assertThat(draft(2019, "2019-11-20", null).validate())
                .containsExactly(FieldError.of(ConferenceDraft.END, "validation.conference.bothDates"));
    }

    @Test
    void refusesAnEndBeforeTheStartAStartInAnotherYearAndAYearOutOfRange() {
        assertThat(draft(2019, "2019-11-22", "2019-11-20").validate())
                .containsExactly(FieldError.of(ConferenceDraft.END, "validation.conference.endBeforeStart"));
        assertThat(draft(2020, "2019-11-20", "2019-11-22").validate())
                .containsExactly(FieldError.of(ConferenceDraft.START, "validation.conference.otherYear", "2020"));
        // A year reads as a year, not as a count ("2,020", "2 020").
        FieldError otherYear = draft(2028, "2027-11-20", "2027-11-22").validate().get(0);
        assertThat(org.octopusdesk.i18n.Messages.forLanguage("en").text(otherYear.messageKey(),
                otherYear.arguments().toArray())).isEqualTo("The first day is not in 2028, the edition’s year.");
        assertThat(org.octopusdesk.i18n.Messages.forLanguage("fr").text(otherYear.messageKey(),
                otherYear.arguments().toArray())).isEqualTo("Le premier jour n’est pas en 2028, l’année de l’édition.");
        assertThat(draft(1999, null, null).validate()).extracting(FieldError::messageKey)
                .containsExactly("validation.conference.yearRange");
        assertThat(new ConferenceDraft(null, " ", null, null, null, "", "", null, null, "").validate())
                .extracting(FieldError::field).containsExactly(ConferenceDraft.YEAR, ConferenceDraft.TITLE,
                        ConferenceDraft.FORMAT, ConferenceDraft.STATUS);
    }

    @Test
    void aSessionMustFallOnTheConferenceDaysAndEndAfterItStarts() {
        Conference edition = new Conference(new ConferenceId(1), 2023, "Octopus Conference 2023",
                LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "", "Bucharest",
                null, "", ConferenceStatus.HELD, "", 0);
        SessionDraft fine = new SessionDraft(LocalDate.of(2023, 12, 15), LocalTime.of(9, 0), LocalTime.of(10, 0),
                "Room 1", "Closing", SessionKind.PLENARY, List.of());
        assertThat(fine.validateFor(edition)).isEmpty();

        SessionDraft dayAfter = new SessionDraft(LocalDate.of(2023, 12, 16), LocalTime.of(10, 0), LocalTime.of(9, 0),
                "", "Closing", SessionKind.PLENARY, List.of());
        assertThat(dayAfter.validateFor(edition)).containsExactly(
                FieldError.of(SessionDraft.DAY, "validation.session.outsideConference", "2023-12-13", "2023-12-15"),
                FieldError.of(SessionDraft.END, "validation.session.endBeforeStart"),
                FieldError.of(SessionDraft.ROOM, "validation.required"));
    }
}
