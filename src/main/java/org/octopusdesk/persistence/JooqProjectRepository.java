package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ALLOCATION;
import static org.octopusdesk.persistence.generated.Tables.EXPENDITURE;
import static org.octopusdesk.persistence.generated.Tables.PROJECT;
import static org.octopusdesk.persistence.generated.Tables.PROJECT_AMENDMENT;
import static org.octopusdesk.persistence.generated.Tables.PROJECT_EXPECTED_RESULT;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.persistence.generated.tables.records.ProjectAmendmentRecord;
import org.octopusdesk.persistence.generated.tables.records.ProjectRecord;
import org.octopusdesk.service.ProjectRepository;

/** Projects in H2 through jOOQ. Generated records never leave this class: they are mapped to domain types. */
public final class JooqProjectRepository implements ProjectRepository {

    private final DSLContext dsl;

    JooqProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Project> findAll() {
        List<ProjectRecord> records = dsl.selectFrom(PROJECT).fetch();
        Map<Long, List<String>> results = dsl.selectFrom(PROJECT_EXPECTED_RESULT)
                .orderBy(PROJECT_EXPECTED_RESULT.PROJECT_ID, PROJECT_EXPECTED_RESULT.POSITION)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.getProjectId(),
                        Collectors.mapping(r -> r.getText(), Collectors.toList())));
        return records.stream().map(r -> toProject(r, results.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return findOne(PROJECT.ID.eq(id.value()));
    }

    @Override
    public Optional<Project> findByCodeIgnoreCase(String code) {
        return findOne(DSL.upper(PROJECT.CODE).eq(DSL.upper(DSL.val(code))));
    }

    @Override
    public Optional<Project> findByNameIgnoreCase(String name) {
        return findOne(DSL.upper(PROJECT.NAME).eq(DSL.upper(DSL.val(name))));
    }

    @Override
    public Optional<Project> findSuccessor(ProjectId id) {
        return findOne(PROJECT.PREDECESSOR_ID.eq(id.value()));
    }

    private Optional<Project> findOne(Condition condition) {
        return dsl.selectFrom(PROJECT).where(condition).fetchOptional()
                .map(record -> toProject(record, expectedResults(record.getId())));
    }

    private List<String> expectedResults(long projectId) {
        return dsl.select(PROJECT_EXPECTED_RESULT.TEXT)
                .from(PROJECT_EXPECTED_RESULT)
                .where(PROJECT_EXPECTED_RESULT.PROJECT_ID.eq(projectId))
                .orderBy(PROJECT_EXPECTED_RESULT.POSITION)
                .fetch(PROJECT_EXPECTED_RESULT.TEXT);
    }

    @Override
    public long count() {
        return dsl.fetchCount(PROJECT);
    }

    @Override
    public Project insert(ProjectDraft draft, Instant now) {
        ProjectRecord record = dsl.newRecord(PROJECT);
        copy(draft, record);
        record.setOriginalEndDate(draft.end());
        record.setVersion(0);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        replaceExpectedResults(record.getId(), draft.expectedResults());
        return toProject(record, draft.expectedResults());
    }

    @Override
    public Optional<Project> update(ProjectId id, int expectedVersion, ProjectDraft draft, boolean moveOriginalEnd,
            Instant now) {
        var update = dsl.update(PROJECT)
                .set(PROJECT.CODE, draft.code())
                .set(PROJECT.NAME, draft.name())
                .set(PROJECT.START_DATE, draft.start())
                .set(PROJECT.CURRENT_END_DATE, draft.end())
                .set(PROJECT.STATUS, draft.status().name())
                .set(PROJECT.BUDGET_EUR, draft.budgetAtCent())
                .set(PROJECT.DESCRIPTION, draft.description())
                .set(PROJECT.PREDECESSOR_ID, draft.predecessorId() == null ? null : draft.predecessorId().value())
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .set(PROJECT.UPDATED_AT, Timestamps.utc(now));
        if (moveOriginalEnd) {
            update = update.set(PROJECT.ORIGINAL_END_DATE, draft.end());
        }
        int rows = update.where(PROJECT.ID.eq(id.value()).and(PROJECT.VERSION.eq(expectedVersion))).execute();
        if (rows == 0) {
            return Optional.empty();
        }
        replaceExpectedResults(id.value(), draft.expectedResults());
        return findById(id);
    }

    @Override
    public boolean delete(ProjectId id, int expectedVersion) {
        return dsl.deleteFrom(PROJECT)
                .where(PROJECT.ID.eq(id.value()).and(PROJECT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Override
    public int allocationCount(ProjectId id) {
        return dsl.fetchCount(ALLOCATION, ALLOCATION.PROJECT_ID.eq(id.value()));
    }

    @Override
    public int expenditureCount(ProjectId id) {
        return dsl.fetchCount(EXPENDITURE, EXPENDITURE.PROJECT_ID.eq(id.value()));
    }

    @Override
    public List<Amendment> findAmendments(ProjectId id) {
        return dsl.selectFrom(PROJECT_AMENDMENT)
                .where(PROJECT_AMENDMENT.PROJECT_ID.eq(id.value()))
                .orderBy(PROJECT_AMENDMENT.RECORDED_AT, PROJECT_AMENDMENT.ID)
                .fetch(JooqProjectRepository::toAmendment);
    }

    @Override
    public Optional<Amendment> addAmendment(Project project, AmendmentDraft draft, Instant now) {
        int rows = dsl.update(PROJECT)
                .set(PROJECT.CURRENT_END_DATE, draft.newEnd())
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .set(PROJECT.UPDATED_AT, Timestamps.utc(now))
                .where(PROJECT.ID.eq(project.id().value()).and(PROJECT.VERSION.eq(project.version())))
                .execute();
        if (rows == 0) {
            return Optional.empty();
        }
        ProjectAmendmentRecord record = dsl.newRecord(PROJECT_AMENDMENT);
        record.setProjectId(project.id().value());
        record.setOldEndDate(project.currentEnd());
        record.setNewEndDate(draft.newEnd());
        record.setDecidedOn(draft.decidedOn());
        record.setReason(draft.reason());
        record.setRecordedAt(Timestamps.utc(now));
        record.store();
        return Optional.of(toAmendment(record));
    }

    private void replaceExpectedResults(long projectId, List<String> results) {
        dsl.deleteFrom(PROJECT_EXPECTED_RESULT).where(PROJECT_EXPECTED_RESULT.PROJECT_ID.eq(projectId)).execute();
        for (int i = 0; i < results.size(); i++) {
            dsl.insertInto(PROJECT_EXPECTED_RESULT)
                    .set(PROJECT_EXPECTED_RESULT.PROJECT_ID, projectId)
                    .set(PROJECT_EXPECTED_RESULT.POSITION, i + 1)
                    .set(PROJECT_EXPECTED_RESULT.TEXT, results.get(i))
                    .execute();
        }
    }

    private static void copy(ProjectDraft draft, ProjectRecord record) {
        record.setCode(draft.code());
        record.setName(draft.name());
        record.setStartDate(draft.start());
        record.setCurrentEndDate(draft.end());
        record.setStatus(draft.status().name());
        record.setBudgetEur(draft.budgetAtCent());
        record.setDescription(draft.description());
        record.setPredecessorId(draft.predecessorId() == null ? null : draft.predecessorId().value());
    }

    private static Project toProject(ProjectRecord r, List<String> expectedResults) {
        return new Project(
                new ProjectId(r.getId()),
                r.getCode(),
                r.getName(),
                r.getStartDate(),
                r.getOriginalEndDate(),
                r.getCurrentEndDate(),
                ProjectStatus.valueOf(r.getStatus()),
                r.getBudgetEur(),
                r.getDescription(),
                expectedResults,
                r.getPredecessorId() == null ? null : new ProjectId(r.getPredecessorId()),
                r.getVersion());
    }

    private static Amendment toAmendment(ProjectAmendmentRecord r) {
        return new Amendment(r.getId(), new ProjectId(r.getProjectId()), r.getOldEndDate(), r.getNewEndDate(),
                r.getDecidedOn(), r.getReason(), r.getRecordedAt().toInstant());
    }
}
