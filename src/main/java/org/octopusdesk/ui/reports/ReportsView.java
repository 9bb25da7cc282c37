package org.octopusdesk.ui.reports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.LatePane;
import org.octopusdesk.ui.shell.AreaView;

/** The Reports area: the parameters on the left, the report made on the right. */
public final class ReportsView implements AreaView {

    private final ReportsViewModel viewModel;
    private final SplitPane root;

    public ReportsView(ReportsViewModel viewModel, ReportPreviewViewModel preview, Messages messages, Window owner,
            Consumer<Path> openExternally) {
        this.viewModel = viewModel;
        ScrollPane form = new ScrollPane(new ReportFormPane(viewModel, messages).root());
        form.setFitToWidth(true);
        form.setMinWidth(300);
        // The form first, which a person starts from; the preview joins a frame later (decision 0053).
        root = new SplitPane(form, LatePane.holding(
                new ReportPreviewPane(preview, viewModel, messages, owner, openExternally).root()));
        root.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(form, false);
        root.setId("reports-view");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void reload() {
        viewModel.reload();
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(root);
    }
}
