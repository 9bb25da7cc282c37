package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ASSISTANCE_ACTIVITY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.octopusdesk.domain.country.AssistanceActivity;
import org.octopusdesk.domain.country.AssistanceDraft;
import org.octopusdesk.domain.country.AssistanceKind;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.persistence.generated.tables.records.AssistanceActivityRecord;
import org.octopusdesk.service.countries.AssistanceRepository;

/** Assistance activities in H2 through jOOQ. */
public final class JooqAssistanceRepository implements AssistanceRepository {

    private final DSLContext dsl;

    JooqAssistanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AssistanceActivity> findAll() {
        return dsl.selectFrom(ASSISTANCE_ACTIVITY).fetch(JooqAssistanceRepository::toActivity);
    }

    @Override
    public List<AssistanceActivity> ofCountry(String countryCode) {
        return dsl.selectFrom(ASSISTANCE_ACTIVITY).where(ASSISTANCE_ACTIVITY.COUNTRY_CODE.eq(countryCode))
                .fetch(JooqAssistanceRepository::toActivity);
    }

    @Override
    public List<AssistanceActivity> ofProject(ProjectId project, LocalDate from, LocalDate to) {
        return dsl.selectFrom(ASSISTANCE_ACTIVITY).where(ASSISTANCE_ACTIVITY.PROJECT_ID.eq(project.value()))
                .and(ASSISTANCE_ACTIVITY.START_DATE.le(to)).and(ASSISTANCE_ACTIVITY.END_DATE.ge(from))
                .orderBy(ASSISTANCE_ACTIVITY.START_DATE, ASSISTANCE_ACTIVITY.ID)
                .fetch(JooqAssistanceRepository::toActivity);
    }

    @Override
    public AssistanceActivity insert(AssistanceDraft draft, Instant now) {
        AssistanceActivityRecord row = dsl.newRecord(ASSISTANCE_ACTIVITY);
        row.setCountryCode(draft.countryCode());
        row.setStartDate(draft.start());
        row.setEndDate(draft.end());
        row.setKind(draft.kind().name());
        row.setProjectId(draft.project() == null ? null : draft.project().value());
        row.setDescription(draft.description());
        row.setOutcome(draft.outcome());
        row.setVersion(0);
        row.setCreatedAt(Timestamps.utc(now));
        row.setUpdatedAt(Timestamps.utc(now));
        row.store();
        return toActivity(row);
    }

    private static AssistanceActivity toActivity(AssistanceActivityRecord row) {
        AssistanceDraft draft = new AssistanceDraft(row.getCountryCode(), row.getStartDate(), row.getEndDate(),
                AssistanceKind.valueOf(row.getKind()),
                row.getProjectId() == null ? null : new ProjectId(row.getProjectId()), row.getDescription(),
                row.getOutcome());
        return new AssistanceActivity(row.getId(), draft, row.getVersion());
    }
}
