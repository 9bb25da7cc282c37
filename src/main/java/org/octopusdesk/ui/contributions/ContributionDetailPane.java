package org.octopusdesk.ui.contributions;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.AuditEntriesPane;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.Tables;

/** The selected contribution: the pledge, where it is earmarked, its payments as converted, and its history. */
final class ContributionDetailPane {

    private final Messages messages;
    private final VBox detail = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(detail);
    private final TableView<Payment> payments = new TableView<>();
    private final VBox history = new VBox();
    private final ObservableList<AuditEntry> entries;
    private final Button removePayment;

    ContributionDetailPane(Messages messages, ObservableList<Payment> paymentRows,
            ObservableList<AuditEntry> entries, Consumer<Payment> onRemove,
            java.util.function.Predicate<Payment> removable) {
        this.messages = messages;
        this.entries = entries;
        detail.setPadding(new Insets(14, 16, 16, 16));
        detail.setId("contribution-detail");
        scroll.setFitToWidth(true);
        payments.setId("payments-table");
        payments.setItems(paymentRows);
        payments.setPlaceholder(new Label(messages.text("payment.none")));
        payments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Each column at least as wide as its title, in French too (decision 0045).
        ColumnTitles.shownWhole(payments);
        Tables.tallAsRows(payments, 2, 8);
        payments.getColumns().setAll(List.of(
                column("payment.valueDate", payment -> messages.date(payment.valueDate()), 130, false),
                column("payment.amount", payment -> messages.money(payment.amount()), 130, true),
                column("payment.rate", payment -> payment.rate().map(rate -> messages.number(rate.asPublished()))
                        .orElse("—"), 140, true),
                column("payment.rateDate", payment -> payment.rate().map(rate -> messages.date(rate.date()))
                        .orElse("—"), 125, false),
                column("payment.basis", payment -> messages.text(payment.basisMessageKey()), 120, false),
                column("payment.euros", payment -> messages.euros(payment.euros().amount()), 130, true),
                column("payment.confirmedWarnings", this::confirmed, 95, false),
                column("payment.note", Payment::note, 140, false)));
        removePayment = new Button(messages.text("payment.remove"), Icons.icon(Icons.DELETE));
        removePayment.setId("payment-remove");
        // A payment of an earlier day is the programme manager's to delete (decision 0034).
        removePayment.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Payment selected = payments.getSelectionModel().getSelectedItem();
            return selected == null || !removable.test(selected);
        }, payments.getSelectionModel().selectedItemProperty()));
        removePayment.setOnAction(event -> onRemove.accept(payments.getSelectionModel().getSelectedItem()));
        history.setId("contribution-history");
        entries.addListener((ListChangeListener<AuditEntry>) change ->
                history.getChildren().setAll(AuditEntriesPane.of(entries, messages)));
    }

    Node node() {
        return scroll;
    }

    void show(Contribution contribution) {
        if (contribution == null) {
            Label none = new Label(messages.text("contribution.detail.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            detail.getChildren().setAll(none);
            return;
        }
        Label title = new Label(contribution.reference() + " · " + contribution.donorName());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setId("contribution-detail-title");
        Label status = new Label(messages.text(contribution.status().messageKey()));
        status.getStyleClass().addAll("status-badge", "status-" + contribution.status().name().toLowerCase(
                java.util.Locale.ROOT).replace('_', '-'));
        HBox heading = new HBox(12, title, status);
        heading.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(14);
        facts.setVgap(4);
        int row = 0;
        facts.addRow(row++, muted("contribution.agreementDate"), value(messages.date(contribution.agreementDate())),
                muted("contribution.amount"), value(messages.money(contribution.pledged())));
        facts.addRow(row++, muted("contribution.received"), value(messages.money(contribution.paid())),
                muted("contribution.receivedEuros"), value(messages.euros(contribution.receivedEuros().amount())));
        facts.addRow(row++, muted("contribution.outstanding"), value(messages.money(contribution.outstanding())),
                muted("contribution.intermediary"), value(contribution.intermediary().isEmpty()
                        ? messages.text("contribution.intermediary.none") : contribution.intermediary()));
        if (contribution.status() == ContributionStatus.CANCELLED) {
            Label reason = value(messages.text("contribution.cancelledBecause",
                    contribution.cancelledOn().orElse(null), contribution.cancelReason()));
            facts.add(muted("contribution.cancelledOn"), 0, row);
            facts.add(reason, 1, row++, 3, 1);
        }
        Label earmarksTitle = section("contribution.allocations");
        VBox earmarks = new VBox(2);
        if (contribution.allocations().isEmpty()) {
            earmarks.getChildren().add(value(messages.text("allocation.none.detail")));
        }
        for (Allocation allocation : contribution.allocations()) {
            String line = messages.text("allocation.line", allocation.projectCode(), allocation.projectName(),
                    describe(allocation, contribution));
            earmarks.getChildren().add(value(allocation.note().isEmpty() ? line : line + " — " + allocation.note()));
        }
        Label notesTitle = section("contribution.notes");
        Label notes = value(contribution.notes().isEmpty() ? "—" : contribution.notes());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox paymentsTitle = new HBox(8, section("contribution.payments"), spacer, removePayment);
        paymentsTitle.setAlignment(Pos.CENTER_LEFT);
        Label historyTitle = section("audit.title");
        history.getChildren().setAll(AuditEntriesPane.of(entries, messages));
        detail.getChildren().setAll(heading, facts, earmarksTitle, earmarks, paymentsTitle, payments,
                notesTitle, notes, historyTitle, history);
    }

    private String describe(Allocation allocation, Contribution contribution) {
        return switch (allocation.basis()) {
            case AMOUNT -> messages.money(allocation.amount().stripTrailingZeros().setScale(
                    contribution.pledged().amount().scale(), java.math.RoundingMode.UNNECESSARY),
                    contribution.pledged().currency());
            case SHARE -> messages.percent(allocation.sharePercent());
            case UNDISCLOSED -> messages.text("allocation.basis.undisclosed");
        };
    }

    /** What a person confirmed when the payment was saved: paid in advance, more than outstanding. */
    private String confirmed(Payment payment) {
        return payment.confirmedWarnings().isEmpty() ? "—" : payment.confirmedWarnings().stream().sorted()
                .map(warning -> messages.text(warning.messageKey())).collect(java.util.stream.Collectors.joining(", "));
    }

    private <T> TableColumn<Payment, String> column(String key, Function<Payment, String> text, double width,
            boolean figure) {
        TableColumn<Payment, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(ignored -> figure ? Cells.figure(value -> value) : Cells.plain());
        return column;
    }

    private Label section(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private Label muted(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
