package org.octopusdesk.service.conferences;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.StillReferencedException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.countries.CountryService;

/** The use cases of Octopus Conference editions: the list, and creating, changing and deleting one. */
public class ConferenceService {

    /** The record type of editions in the audit trail, keyed by the edition's id. */
    public static final String AUDIT_TYPE = "CONFERENCE";

    private final ConferenceRepository conferences;
    private final ProjectService projects;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;
    private final ProgrammeService programme;
    private final ParticipantService participants;
    private final LogisticsService logistics;
    private final ParticipantPrivacy privacy;
    private final RetentionPurge retention;

    public ConferenceService(ConferenceRepository conferences, ProgrammeRepository sessions,
            ParticipantRepository participants, LogisticsRepository logistics, ProjectService projects,
            CountryService countries, Transactions transactions, Clock clock, Auditor auditor) {
        this.conferences = conferences;
        this.projects = projects;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
        this.programme = new ProgrammeService(sessions, conferences, countries, transactions, clock, auditor);
        this.participants = new ParticipantService(participants, conferences, countries, transactions, clock,
                auditor);
        this.logistics = new LogisticsService(logistics, conferences, transactions, clock, auditor);
        this.privacy = new ParticipantPrivacy(participants, conferences, sessions, transactions, clock, auditor);
        this.retention = new RetentionPurge(participants, conferences, transactions, clock, auditor);
    }

    /** The editions' logistics tasks, the overdue ones, and the checklist each new edition starts from. */
    public LogisticsService logistics() {
        return logistics;
    }

    /** The purge of participants' personal details once their edition's retention period has passed. */
    public RetentionPurge retention() {
        return retention;
    }

    /** A participant's rights over their data: the export of everything held on them, and erasure. */
    public ParticipantPrivacy privacy() {
        return privacy;
    }

    /** The editions' participants: registration, import, duplicates and counts. */
    public ParticipantService participants() {
        return participants;
    }

    /** The editions' programmes: their sessions, people and clashes. */
    public ProgrammeService programme() {
        return programme;
    }

    /** Every edition, the latest year first. */
    public List<Conference> list() {
        return transactions.inTransaction(() -> conferences.findAll().stream()
                .sorted(Comparator.comparingInt(Conference::year).reversed()).toList());
    }

    public Conference get(ConferenceId id) {
        return transactions.inTransaction(() -> require(id));
    }

    /** The edition of {@code year}; refused when there is none. */
    public Conference ofYear(int year) {
        return transactions.inTransaction(() -> conferences.findByYear(year)
                .orElseThrow(() -> new DomainException("error.conference.noSuchYear", Integer.toString(year))));
    }

    /** The projects an edition may belong to, by name. */
    public List<Project> projects() {
        return projects.list().stream().sorted(Comparator.comparing(Project::name)).toList();
    }

    /** Records the edition; one still to be held starts with the checklist's tasks under their stored titles. */
    public Conference create(ConferenceDraft draft) {
        return create(draft, ChecklistItem::title);
    }

    /**
     * Records the edition; one still to be held starts with the checklist's tasks (decision 0027), each titled by
     * {@code titleOf}: the application's standard tasks in the language of the person recording it (decision 0047).
     */
    public Conference create(ConferenceDraft draft, Function<ChecklistItem, String> titleOf) {
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(validate(draft, null));
            Conference created = conferences.insert(draft, clock.instant());
            auditor.record(AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null, values(created));
            logistics.copyChecklistInto(created, titleOf);
            return created;
        });
    }

    public Conference update(ConferenceId id, int version, ConferenceDraft draft) {
        return transactions.inTransaction(() -> {
            Conference current = require(id);
            ValidationException.throwIfAny(validate(draft, id));
            List<FieldError> stranded = new ArrayList<>(programme.strandedBy(current, draft));
            if (!Objects.equals(current.project(), draft.project())) {
                // Its actual costs are the old project's spending, and its earmarks the old project's money: moving
                // the edition would leave both behind.
                int actuals = conferences.bookedActuals(id);
                int earmarks = conferences.earmarks(id);
                if (actuals + earmarks > 0) {
                    stranded.add(FieldError.of(ConferenceDraft.PROJECT, "validation.conference.projectHasMoney",
                            actuals, earmarks));
                }
            }
            ValidationException.throwIfAny(stranded);
            Conference saved = conferences.update(id, version, draft, clock.instant())
                    .orElseThrow(() -> auditor.conflict(current.title(), id.toString(), AUDIT_TYPE));
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    /** Deletes the edition with its programme. */
    public void delete(ConferenceId id, int version) {
        transactions.inTransaction(() -> {
            Conference conference = require(id);
            int budgetLines = conferences.budgetLines(id);
            if (budgetLines > 0) {
                throw new StillReferencedException("error.conference.hasBudget", conference.title(), budgetLines);
            }
            int earmarks = conferences.earmarks(id);
            if (earmarks > 0) {
                throw new StillReferencedException("error.conference.hasEarmarks", conference.title(), earmarks);
            }
            if (!conferences.delete(id, version)) {
                throw auditor.conflict(conference.title(), id.toString(), AUDIT_TYPE);
            }
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(conference), null);
        });
    }

    /** Every creation, change and deletion of the edition, oldest first. */
    public List<AuditEntry> history(ConferenceId id) {
        return transactions.inTransaction(() -> auditor.history(AUDIT_TYPE, id.toString()));
    }

    private List<FieldError> validate(ConferenceDraft draft, ConferenceId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (draft.year() != null) {
            Optional<Conference> holder = conferences.findByYear(draft.year());
            if (holder.isPresent() && !holder.get().id().equals(self)) {
                errors.add(FieldError.of(ConferenceDraft.YEAR, "validation.conference.yearTaken",
                        holder.get().title()));
            }
        }
        if (draft.project() != null && projects.list().stream().noneMatch(p -> p.id().equals(draft.project()))) {
            errors.add(FieldError.of(ConferenceDraft.PROJECT, "validation.conference.unknownProject"));
        }
        return errors;
    }

    Conference require(ConferenceId id) {
        return conferences.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private static Map<String, String> values(Conference conference) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("conference.year", Integer.toString(conference.year()));
        values.put("conference.title", conference.title());
        values.put("conference.start", conference.start() == null ? "" : conference.start().toString());
        values.put("conference.end", conference.end() == null ? "" : conference.end().toString());
        values.put("conference.format", conference.format().messageKey());
        values.put("conference.venue", conference.venue());
        values.put("conference.city", conference.city());
        values.put("conference.project", conference.projectName());
        values.put("conference.status", conference.status().messageKey());
        values.put("conference.note", conference.note());
        values.put("conference.retention", Integer.toString(conference.retentionMonths()));
        return values;
    }
}
