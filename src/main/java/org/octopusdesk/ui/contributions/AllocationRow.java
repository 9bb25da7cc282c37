package org.octopusdesk.ui.contributions;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.contributions.EarmarkEdition;

/** One earmark line of the pledge form, as typed. */
public final class AllocationRow {

    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    /** An edition of the project the earmark narrows to, or {@code null} for the whole project. */
    private final ObjectProperty<EarmarkEdition> edition = new SimpleObjectProperty<>();
    private final ObjectProperty<AllocationBasis> basis = new SimpleObjectProperty<>(AllocationBasis.SHARE);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<EarmarkEdition> editionProperty() {
        return edition;
    }

    public ObjectProperty<AllocationBasis> basisProperty() {
        return basis;
    }

    /** The amount or the percentage, as the person typed it. */
    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
