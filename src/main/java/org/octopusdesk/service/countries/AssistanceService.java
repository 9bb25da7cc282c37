package org.octopusdesk.service.countries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.country.AssistanceActivity;
import org.octopusdesk.domain.country.AssistanceDraft;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/** The log of assistance to countries: legislative advice, workshops, trainings, study visits. */
public class AssistanceService {

    public static final String AUDIT_TYPE = "ASSISTANCE";

    private final AssistanceRepository activities;
    private final CountryCatalog countries;
    private final ProjectService projects;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public AssistanceService(AssistanceRepository activities, CountryCatalog countries, ProjectService projects,
            Transactions transactions, Clock clock, Auditor auditor) {
        this.activities = activities;
        this.countries = countries;
        this.projects = projects;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** Every activity, latest first. */
    public List<AssistanceActivity> list() {
        return transactions.inTransaction(() -> latestFirst(activities.findAll()));
    }

    /** The country's activities, latest first. */
    public List<AssistanceActivity> ofCountry(String countryCode) {
        return transactions.inTransaction(() -> latestFirst(activities.ofCountry(countryCode)));
    }

    /** The project's activities that took place, at least in part, between {@code from} and {@code to}. */
    public List<AssistanceActivity> activitiesIn(ProjectId project, LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> activities.ofProject(project, from, to));
    }

    public AssistanceActivity log(AssistanceDraft draft) {
        return transactions.inTransaction(() -> {
            List<FieldError> errors = new ArrayList<>(draft.validate());
            if (draft.countryCode() != null && !draft.countryCode().isBlank()
                    && countries.find(draft.countryCode()).isEmpty()) {
                errors.add(FieldError.of(AssistanceDraft.COUNTRY, "validation.country.unknown", draft.countryCode()));
            }
            ValidationException.throwIfAny(errors);
            if (draft.project() != null) {
                projects.get(draft.project());
            }
            AssistanceActivity created = activities.insert(draft, clock.instant());
            auditor.record(AUDIT_TYPE, String.valueOf(created.id()), AuditEntry.Action.CREATE, null, values(draft));
            return created;
        });
    }

    private static List<AssistanceActivity> latestFirst(List<AssistanceActivity> list) {
        return list.stream().sorted(Comparator.comparing((AssistanceActivity activity) -> activity.details().start())
                .reversed()).toList();
    }

    private static Map<String, String> values(AssistanceDraft draft) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("assistance.country", draft.countryCode());
        values.put("assistance.start", String.valueOf(draft.start()));
        values.put("assistance.end", String.valueOf(draft.end()));
        values.put("assistance.kind", draft.kind().messageKey());
        values.put("assistance.project", String.valueOf(draft.project()));
        values.put("assistance.description", draft.description());
        values.put("assistance.outcome", draft.outcome());
        return values;
    }
}
