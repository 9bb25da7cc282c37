package org.octopusdesk.domain.meeting;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A meeting as stored.
 *
 * @param venue where it takes place, empty where the sources do not say
 * @param note what is uncertain about the record (an inferred year, sources that disagree), empty otherwise
 * @param version the optimistic-locking version: a save names the version it started from
 */
public record Meeting(MeetingId id, MeetingSeries series, int number, LocalDate start, LocalDate end,
        MeetingFormat format, String venue, String note, int version) {

    /** "23rd Plenary" or "23e réunion plénière". */
    public String title(Locale locale) {
        return series.title(number, locale);
    }

    /** "T-CY 23". */
    public String shortTitle() {
        return series.shortTitle(number);
    }

    public MeetingDraft toDraft() {
        return new MeetingDraft(series.id(), number, start, end, format, venue, note);
    }
}
