package org.octopusdesk.service.countries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.country.AssistanceActivity;
import org.octopusdesk.domain.country.AssistanceDraft;
import org.octopusdesk.domain.project.ProjectId;

/** Where assistance activities are kept. Callers hold the transaction. */
public interface AssistanceRepository {

    List<AssistanceActivity> findAll();

    List<AssistanceActivity> ofCountry(String countryCode);

    /** Activities of the project that overlap the period, by start date. */
    List<AssistanceActivity> ofProject(ProjectId project, LocalDate from, LocalDate to);

    AssistanceActivity insert(AssistanceDraft draft, Instant now);
}
