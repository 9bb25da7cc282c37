package org.octopusdesk.ui.donors;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.AuditEntriesPane;

/** The selected donor: kind, country and contact notes. */
final class DonorDetailPane {

    private final Messages messages;
    private final VBox detail = new VBox(10);
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
    private final VBox history = new VBox();
    private final VBox totals = new VBox();
    private final javafx.collections.ObservableList<AuditEntry> entries;
    private final javafx.scene.control.TableView<Contribution> contributions;
    private final javafx.scene.control.Button showAll;

    DonorDetailPane(Messages messages, DonorListViewModel list, java.util.function.Consumer<Donor> onShowAll) {
        this.messages = messages;
        this.entries = list.history();
        totals.setId("donor-totals-box");
        list.totalsProperty().addListener((observable, old, value) ->
                totals.getChildren().setAll(DonorTotalsPane.of(value, messages)));
        contributions = DonorContributionsTable.of(list.contributions(), messages);
        showAll = new javafx.scene.control.Button(messages.text("donor.contributions.showAll"),
                org.octopusdesk.ui.common.Icons.icon(org.octopusdesk.ui.common.Icons.CONTRIBUTIONS));
        showAll.setId("donor-show-contributions");
        showAll.setOnAction(event -> onShowAll.accept(list.selectedProperty().get()));
        detail.setPadding(new Insets(16));
        detail.setId("donor-detail");
        history.setId("donor-history");
        scroll.setFitToWidth(true);
        entries.addListener((javafx.collections.ListChangeListener<AuditEntry>) change ->
                history.getChildren().setAll(AuditEntriesPane.of(entries, messages)));
    }

    Node node() {
        return scroll;
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
        Label historyTitle = new Label(messages.text("audit.title"));
        historyTitle.getStyleClass().add("title-4");
        history.getChildren().setAll(AuditEntriesPane.of(entries, messages));
        Label totalsTitle = new Label(messages.text("donor.totals.title"));
        totalsTitle.getStyleClass().add("title-4");
        totals.getChildren().setAll(DonorTotalsPane.of(null, messages));
        Label contributionsTitle = new Label(messages.text("donor.contributions.title"));
        contributionsTitle.getStyleClass().add("title-4");
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox contributionsHeading = new javafx.scene.layout.HBox(8, contributionsTitle, spacer,
                showAll);
        contributionsHeading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // A donor with more contributions than its page lists is sent to the Contributions area for the rest.
        Label more = new Label(messages.text("donor.contributions.more", DonorListViewModel.CONTRIBUTIONS_SHOWN));
        more.getStyleClass().add("text-muted");
        more.setWrapText(true);
        more.visibleProperty().bind(javafx.beans.binding.Bindings.size(contributions.getItems())
                .greaterThanOrEqualTo(DonorListViewModel.CONTRIBUTIONS_SHOWN));
        more.managedProperty().bind(more.visibleProperty());
        detail.getChildren().setAll(title, facts, totalsTitle, totals, contributionsHeading, contributions, more,
                notesTitle, notes, historyTitle, history);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
