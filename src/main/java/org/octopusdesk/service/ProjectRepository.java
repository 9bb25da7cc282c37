package org.octopusdesk.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectId;

/** Where projects and their amendments are kept. Callers hold the transaction ({@link Transactions}). */
public interface ProjectRepository {

    List<Project> findAll();

    Optional<Project> findById(ProjectId id);

    Optional<Project> findByCodeIgnoreCase(String code);

    Optional<Project> findByNameIgnoreCase(String name);

    /** The project naming this one as its predecessor, if any. */
    Optional<Project> findSuccessor(ProjectId id);

    long count();

    Project insert(ProjectDraft draft, Instant now);

    /**
     * Saves the draft over the project if it is still at {@code expectedVersion}.
     *
     * @param moveOriginalEnd whether the original end moves with the end (no amendment exists yet)
     * @return the saved project, or empty when someone else saved it first
     */
    Optional<Project> update(ProjectId id, int expectedVersion, ProjectDraft draft, boolean moveOriginalEnd,
            Instant now);

    /** Deletes the project if it is still at {@code expectedVersion}; false when it changed meanwhile. */
    boolean delete(ProjectId id, int expectedVersion);

    /** How many contributions earmark part of themselves to the project. */
    int allocationCount(ProjectId id);

    /** How many expenditure lines are booked to the project. */
    int expenditureCount(ProjectId id);

    List<Amendment> findAmendments(ProjectId id);

    /**
     * Records the amendment and moves the project's current end, if the project is still at
     * {@code expectedVersion}; empty when someone else saved it first.
     */
    Optional<Amendment> addAmendment(Project project, AmendmentDraft draft, Instant now);
}
