package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.util.Optional;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.ProjectId;

/**
 * An Octopus Conference edition as stored.
 *
 * @param start first day, null where the public record does not give the dates
 * @param end last day, null exactly when {@code start} is
 * @param venue the building or rooms, empty where unknown
 * @param city the city, empty where unknown or for an edition held online
 * @param project the project it belongs to, null for none
 * @param projectName that project's name, empty for none
 * @param note what is uncertain about the record, and its source
 * @param version the optimistic-locking version
 * @param retentionMonths how many months after the last day the participants' personal details are kept
 */
public record Conference(ConferenceId id, int year, String title, LocalDate start, LocalDate end,
        MeetingFormat format, String venue, String city, ProjectId project, String projectName,
        ConferenceStatus status, String note, int version, int retentionMonths) {

    /** An edition with the default retention period. */
    public Conference(ConferenceId id, int year, String title, LocalDate start, LocalDate end, MeetingFormat format,
            String venue, String city, ProjectId project, String projectName, ConferenceStatus status, String note,
            int version) {
        this(id, year, title, start, end, format, venue, city, project, projectName, status, note, version,
                ConferenceDraft.DEFAULT_RETENTION_MONTHS);
    }

    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(start);
    }

    /** Whether the edition's dates are known, so that sessions can be placed on its days. */
    public boolean hasDates() {
        return start != null && end != null;
    }

    /** Whether {@code day} is one of the edition's days. */
    public boolean includes(LocalDate day) {
        return hasDates() && !day.isBefore(start) && !day.isAfter(end);
    }

    /** "Council of Europe, Strasbourg" or "Bucharest", or empty. */
    public String place() {
        if (venue.isEmpty() || city.isEmpty() || venue.contains(city)) {
            return venue.isEmpty() ? city : venue;
        }
        return venue + ", " + city;
    }

    public ConferenceDraft toDraft() {
        return new ConferenceDraft(year, title, start, end, format, venue, city, project, status, note,
                retentionMonths);
    }

    /**
     * The first day on which the participants' personal details are past their retention period; empty while the
     * edition has no dates, since a period cannot run from an unknown end.
     */
    public Optional<LocalDate> purgeFrom() {
        return end == null ? Optional.empty() : Optional.of(end.plusMonths(retentionMonths).plusDays(1));
    }

    /** Whether the retention period has passed on {@code day}. */
    public boolean retentionPassed(LocalDate day) {
        return purgeFrom().map(first -> !day.isBefore(first)).orElse(false);
    }
}
