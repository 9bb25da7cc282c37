package org.octopusdesk.ui.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The form to create or edit a project. The rules of one project are checked at once, beside each field, and
 * again as the person corrects them; uniqueness and links are checked by the service on saving.
 */
public final class ProjectEditorViewModel {

    private final ProjectService service;
    private final Messages messages;
    private final Project original;
    private final boolean amended;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectStatus> status = new SimpleObjectProperty<>(ProjectStatus.PLANNED);
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<String> expectedResults = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectChoice> predecessor = new SimpleObjectProperty<>();
    private final ObservableList<ProjectChoice> predecessorChoices = FXCollections.observableArrayList();
    private final FormSave saving;
    private final FieldErrors fieldErrors;
    private boolean checkAsTyped;

    /**
     * @param original the project to edit, or {@code null} for a new one
     * @param amended whether the project has amendments: then its end moves only through an amendment
     * @param others the projects that may be chosen as predecessor
     */
    public ProjectEditorViewModel(ProjectService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Project original, boolean amended, List<Project> others) {
        this.service = service;
        this.messages = messages;
        this.original = original;
        this.amended = amended;
        this.fieldErrors = new FieldErrors(messages, ProjectDraft.CODE, ProjectDraft.NAME, ProjectDraft.START,
                ProjectDraft.END, ProjectDraft.STATUS, ProjectDraft.BUDGET, ProjectDraft.DESCRIPTION,
                ProjectDraft.EXPECTED_RESULTS, ProjectDraft.PREDECESSOR);
        this.saving = new FormSave(runner, errors, fieldErrors, ProjectDraft.NAME);
        others.stream().filter(other -> original == null || !other.id().equals(original.id()))
                .map(ProjectChoice::of).forEach(predecessorChoices::add);
        if (original != null) {
            fill(original);
        }
        fieldErrors.checkWith(() -> {
            List<FieldError> problems = new ArrayList<>();
            draft(problems);
            return problems;
        });
        fieldErrors.watch(ProjectDraft.CODE, code);
        fieldErrors.watch(ProjectDraft.NAME, name);
        fieldErrors.watch(ProjectDraft.START, start, end);
        fieldErrors.watch(ProjectDraft.END, end, start);
        fieldErrors.watch(ProjectDraft.STATUS, status);
        fieldErrors.watch(ProjectDraft.BUDGET, budget);
        fieldErrors.watch(ProjectDraft.DESCRIPTION, description);
        fieldErrors.watch(ProjectDraft.EXPECTED_RESULTS, expectedResults);
        fieldErrors.watch(ProjectDraft.PREDECESSOR, predecessor);
        Observable[] inputs = {code, name, start, end, status, budget, description, expectedResults, predecessor};
        for (Observable input : inputs) {
            input.addListener(changed -> {
                if (checkAsTyped) {
                    checkLocally();
                }
            });
        }
    }

    private void fill(Project project) {
        code.set(project.code());
        name.set(project.name());
        start.set(project.start());
        end.set(project.currentEnd());
        status.set(project.status());
        budget.set(project.budget().map(messages::number).orElse(""));
        description.set(project.description());
        expectedResults.setAll(project.expectedResults());
        predecessor.set(project.predecessor().flatMap(id -> predecessorChoices.stream()
                .filter(choice -> choice.id().equals(id)).findFirst()).orElse(null));
    }

    public boolean isNew() {
        return original == null;
    }

    /** Once a project has been amended, its end date changes only through a new amendment. */
    public boolean isEndEditable() {
        return !amended;
    }

    /**
     * Checks the form and, if it passes, saves it in the background; {@code onSaved} runs with the stored
     * project. Errors appear beside their fields and the form stays open with everything typed.
     */
    public void save(Consumer<Project> onSaved) {
        checkAsTyped = true;
        Optional<ProjectDraft> draft = checkLocally();
        draft.ifPresent(valid -> saving.run(() -> original == null ? service.create(valid)
                : service.update(original.id(), original.version(), valid), onSaved));
    }

    /** The draft if the form passes the rules of one project; otherwise shows why, beside each field. */
    private Optional<ProjectDraft> checkLocally() {
        List<FieldError> problems = new ArrayList<>();
        ProjectDraft draft = draft(problems);
        return fieldErrors.show(problems, ProjectDraft.NAME) ? Optional.of(draft) : Optional.empty();
    }

    /** The project as typed, with what is wrong with it in {@code problems}. */
    private ProjectDraft draft(List<FieldError> problems) {
        BigDecimal budgetValue = null;
        if (!budget.get().isBlank()) {
            Optional<BigDecimal> parsed = messages.parseDecimal(budget.get());
            if (parsed.isEmpty()) {
                problems.add(FieldError.of(ProjectDraft.BUDGET, "validation.number"));
            }
            budgetValue = parsed.orElse(null);
        }
        ProjectDraft draft = new ProjectDraft(code.get(), name.get(), start.get(), end.get(), status.get(), budgetValue,
                description.get(), List.copyOf(expectedResults),
                predecessor.get() == null ? null : predecessor.get().id());
        problems.addAll(draft.validate());
        return draft;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ObjectProperty<ProjectStatus> statusProperty() {
        return status;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<String> expectedResults() {
        return expectedResults;
    }

    public ObjectProperty<ProjectChoice> predecessorProperty() {
        return predecessor;
    }

    public ObservableList<ProjectChoice> predecessorChoices() {
        return predecessorChoices;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
