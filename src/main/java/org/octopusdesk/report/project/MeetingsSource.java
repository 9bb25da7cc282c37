package org.octopusdesk.report.project;

import java.util.List;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.meetings.MeetingFilter;
import org.octopusdesk.service.meetings.MeetingService;

/**
 * The committee's meetings held in the period (any day of them within it). Meetings belong to no project: the
 * projects fund the secretariat that services them, so every project report of the period lists them.
 */
public final class MeetingsSource implements ActivitySource {

    private final MeetingService meetings;

    public MeetingsSource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<Activity> activities(Project project, ProjectReportRequest request, ReportWords words) {
        return meetings.list(MeetingFilter.all()).stream()
                .filter(meeting -> !meeting.end().isBefore(request.from()) && !meeting.start().isAfter(request.to()))
                .map(meeting -> new Activity(meeting.start(), words.text("report.project.activity.meeting"),
                        words.text("report.project.activity.meetingText", meeting.title(words.messages().locale()),
                                meeting.shortTitle(), where(meeting, words))))
                .toList();
    }

    private static String where(Meeting meeting, ReportWords words) {
        return meeting.venue().isEmpty() ? words.text(meeting.format().messageKey()) : meeting.venue();
    }
}
