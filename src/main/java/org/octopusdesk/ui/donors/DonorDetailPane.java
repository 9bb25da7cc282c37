package org.octopusdesk.ui.donors;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.i18n.Messages;

/** The selected donor: kind, country and contact notes. */
final class DonorDetailPane {

    private final Messages messages;
    private final VBox detail = new VBox(10);

    DonorDetailPane(Messages messages) {
        this.messages = messages;
        detail.setPadding(new Insets(16));
        detail.setId("donor-detail");
    }

    Node node() {
        return detail;
    }

    void show(Donor donor) {
        if (donor == null) {
            Label none = new Label(messages.text("donor.detail.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            detail.getChildren().setAll(none);
            return;
        }
        Label title = new Label(donor.name());
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setId("donor-detail-title");
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.addRow(0, muted(messages.text("donor.kind")), new Label(messages.text(donor.kind().messageKey())));
        facts.addRow(1, muted(messages.text("donor.country")), new Label(donor.country().isEmpty()
                ? messages.text("donor.country.none") : donor.country()));
        Label notesTitle = new Label(messages.text("donor.contactNotes"));
        notesTitle.getStyleClass().add("title-4");
        Label notes = new Label(donor.contactNotes());
        notes.setWrapText(true);
        detail.getChildren().setAll(title, facts, notesTitle, notes);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
