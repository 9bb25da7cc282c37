package org.octopusdesk.service.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.Erasure;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/**
 * The end of the retention period (Convention 108+: no longer than the purpose needs): in every edition whose
 * period has passed, the participants' personal details are blanked as an erasure would, the counts untouched.
 * An edition without a last day has no period to run out, so it is never purged by date.
 */
public class RetentionPurge {

    /** The record type of a purge in the audit trail, keyed by the edition's year. */
    public static final String AUDIT_TYPE = "PARTICIPANT_PURGE";

    private final ParticipantRepository participants;
    private final ConferenceRepository conferences;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    RetentionPurge(ParticipantRepository participants, ConferenceRepository conferences, Transactions transactions,
            Clock clock, Auditor auditor) {
        this.participants = participants;
        this.conferences = conferences;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /**
     * What a purge as of a day takes from one edition.
     *
     * @param purgeFrom the first day after the retention period
     * @param participants how many registrations still hold personal details, all of which go
     */
    public record Line(Conference edition, LocalDate purgeFrom, int participants) {
    }

    /** The editions whose period has passed on {@code asOf} and that still hold personal details, oldest first. */
    public List<Line> preview(LocalDate asOf) {
        return transactions.inTransaction(() -> due(asOf));
    }

    /**
     * Purges what {@link #preview} shows, in one transaction, with one audit entry per edition saying how many went
     * and which fields, never whose. Refused for a day after today: a period cannot be declared over early.
     */
    public List<Line> purge(LocalDate asOf) {
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        if (asOf.isAfter(today)) {
            throw new DomainException("error.purge.future", asOf.toString());
        }
        return transactions.inTransaction(() -> {
            List<Line> lines = due(asOf);
            for (Line line : lines) {
                int erased = participants.eraseAll(line.edition().id(), Erasure.RETENTION, today, clock.instant());
                Map<String, String> values = new LinkedHashMap<>();
                values.put("purge.participants", Integer.toString(erased));
                values.put("purge.erasedFields", "name, organisation, role, email, listConsent");
                values.put("purge.retentionMonths", Integer.toString(line.edition().retentionMonths()));
                values.put("purge.from", line.purgeFrom().toString());
                values.put("purge.asOf", asOf.toString());
                auditor.record(AUDIT_TYPE, Integer.toString(line.edition().year()), AuditEntry.Action.UPDATE, null,
                        values);
            }
            return lines;
        });
    }

    private List<Line> due(LocalDate asOf) {
        List<Line> lines = new ArrayList<>();
        for (Conference edition : conferences.findAll()) {
            if (edition.retentionPassed(asOf)) {
                int holding = (int) participants.participantsOf(edition.id()).stream()
                        .filter(participant -> !participant.erased()).count();
                if (holding > 0) {
                    lines.add(new Line(edition, edition.purgeFrom().orElseThrow(), holding));
                }
            }
        }
        lines.sort(Comparator.comparingInt(line -> line.edition().year()));
        return lines;
    }
}
