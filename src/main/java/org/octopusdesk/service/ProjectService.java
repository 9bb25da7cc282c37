package org.octopusdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.audit.Auditor;

/**
 * The use cases of projects and their duration. Every rule that needs other projects (unique names and
 * codes, links, references) lives here; the rules of one project live in the domain drafts.
 */
public class ProjectService {

    /** The record type of projects in the audit trail; recorded since decision 0035, to name who saved last. */
    public static final String AUDIT_TYPE = "PROJECT";

    private final ProjectRepository projects;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public ProjectService(ProjectRepository projects, Transactions transactions, Clock clock, Auditor auditor) {
        this.projects = projects;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every project, earliest start first. */
    public List<Project> list() {
        return transactions.inTransaction(() -> projects.findAll().stream()
                .sorted(Comparator.comparing(Project::start).thenComparing(Project::code))
                .toList());
    }

    public boolean isEmpty() {
        return transactions.inTransaction(() -> projects.count() == 0);
    }

    public Project get(ProjectId id) {
        return transactions.inTransaction(() -> require(id));
    }

    /** The project, its amendments (oldest first) and the projects linked to it, read together. */
    public ProjectDetails details(ProjectId id) {
        return transactions.inTransaction(() -> {
            Project project = require(id);
            Optional<Project> predecessor = project.predecessor().flatMap(projects::findById);
            return new ProjectDetails(project, projects.findAmendments(id), predecessor, projects.findSuccessor(id));
        });
    }

    /** Every project with its amendments, earliest start first: what the timeline draws. */
    public List<ProjectDetails> overview() {
        return transactions.inTransaction(() -> {
            List<Project> all = list();
            return all.stream().map(project -> new ProjectDetails(project, projects.findAmendments(project.id()),
                    project.predecessor().flatMap(id -> all.stream().filter(p -> p.id().equals(id)).findFirst()),
                    all.stream().filter(p -> project.id().equals(p.predecessorId())).findFirst())).toList();
        });
    }

    public Project create(ProjectDraft draft) {
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(validate(draft, null));
            Project created = projects.insert(draft, clock.instant());
            auditor.record(AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    /**
     * Saves changes made from {@code version}. While no amendment exists the end may be corrected freely
     * and the original end moves with it; once amended, the end moves only through {@link #amend}.
     */
    public Project update(ProjectId id, int version, ProjectDraft draft) {
        return transactions.inTransaction(() -> {
            Project current = require(id);
            List<FieldError> errors = validate(draft, id);
            boolean amended = !projects.findAmendments(id).isEmpty();
            if (amended && draft.end() != null && !draft.end().equals(current.currentEnd())) {
                errors.add(FieldError.of(ProjectDraft.END, "validation.project.endNeedsAmendment"));
            }
            ValidationException.throwIfAny(errors);
            Project saved = projects.update(id, version, draft, !amended, clock.instant())
                    .orElseThrow(() -> conflict(current));
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    /**
     * Deletes the project with its amendments; refused while another project names it as predecessor, or while
     * contributions are earmarked or expenditure lines booked to it.
     */
    public void delete(ProjectId id, int version) {
        transactions.inTransaction(() -> {
            Project project = require(id);
            Optional<Project> successor = projects.findSuccessor(id);
            if (successor.isPresent()) {
                throw new StillReferencedException("error.project.hasSuccessor", project.name(),
                        successor.get().name());
            }
            int allocations = projects.allocationCount(id);
            if (allocations > 0) {
                throw new StillReferencedException("error.project.hasContributions", project.name(), allocations);
            }
            int expenditures = projects.expenditureCount(id);
            if (expenditures > 0) {
                throw new StillReferencedException("error.project.hasExpenditures", project.name(), expenditures);
            }
            if (!projects.delete(id, version)) {
                throw conflict(project);
            }
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(project), null);
        });
    }

    /** Moves the project's end date and keeps the decision in its history. */
    public Amendment amend(ProjectId id, int version, AmendmentDraft draft) {
        return transactions.inTransaction(() -> {
            Project project = require(id);
            ValidationException.throwIfAny(draft.validateFor(project));
            if (project.version() != version) {
                throw conflict(project);
            }
            Amendment amendment = projects.addAmendment(project, draft, clock.instant())
                    .orElseThrow(() -> conflict(project));
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(project),
                    values(require(id)));
            return amendment;
        });
    }

    /** The refusal of a save that came second, naming who saved the project last (decision 0035). */
    private ConcurrentEditException conflict(Project current) {
        return auditor.conflict(current.name(), current.id().toString(), AUDIT_TYPE);
    }

    private static Map<String, String> values(Project project) {
        Map<String, String> values = new LinkedHashMap<>();
        // Field names and coded values are message keys: each language shows the trail in its own words.
        values.put("project.code", project.code());
        values.put("project.name", project.name());
        values.put("project.start", project.start().toString());
        values.put("project.end", project.currentEnd().toString());
        values.put("project.status", project.status().messageKey());
        values.put("project.budget", project.budget().map(java.math.BigDecimal::toPlainString).orElse(""));
        return values;
    }

    private Project require(ProjectId id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private List<FieldError> validate(ProjectDraft draft, ProjectId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (!draft.code().isEmpty() && isTakenByOther(projects.findByCodeIgnoreCase(draft.code()), self)) {
            errors.add(FieldError.of(ProjectDraft.CODE, "validation.project.codeTaken", draft.code()));
        }
        if (!draft.name().isEmpty() && isTakenByOther(projects.findByNameIgnoreCase(draft.name()), self)) {
            errors.add(FieldError.of(ProjectDraft.NAME, "validation.project.nameTaken", draft.name()));
        }
        if (draft.predecessorId() != null) {
            validatePredecessor(draft, self).ifPresent(errors::add);
        }
        return errors;
    }

    private static boolean isTakenByOther(Optional<Project> holder, ProjectId self) {
        return holder.isPresent() && !holder.get().id().equals(self);
    }

    private Optional<FieldError> validatePredecessor(ProjectDraft draft, ProjectId self) {
        Optional<Project> predecessor = projects.findById(draft.predecessorId());
        if (predecessor.isEmpty()) {
            return Optional.of(FieldError.of(ProjectDraft.PREDECESSOR, "validation.project.predecessorMissing"));
        }
        if (draft.predecessorId().equals(self) || leadsBackTo(predecessor.get(), self)) {
            return Optional.of(FieldError.of(ProjectDraft.PREDECESSOR, "validation.project.predecessorCycle"));
        }
        Optional<Project> successorOfPredecessor = projects.findSuccessor(draft.predecessorId());
        if (isTakenByOther(successorOfPredecessor, self)) {
            return Optional.of(FieldError.of(ProjectDraft.PREDECESSOR, "validation.project.predecessorTaken",
                    predecessor.get().name(), successorOfPredecessor.get().name()));
        }
        return Optional.empty();
    }

    /** Whether following predecessors from {@code project} reaches {@code self}; a chain must never loop. */
    private boolean leadsBackTo(Project project, ProjectId self) {
        if (self == null) {
            return false;
        }
        Set<ProjectId> seen = new HashSet<>();
        Optional<ProjectId> next = project.predecessor();
        while (next.isPresent() && seen.add(next.get())) {
            if (Objects.equals(next.get(), self)) {
                return true;
            }
            next = projects.findById(next.get()).flatMap(Project::predecessor);
        }
        return false;
    }
}
