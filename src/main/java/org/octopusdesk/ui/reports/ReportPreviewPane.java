package org.octopusdesk.ui.reports;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;

/** The report made, page by page: page through, zoom, fit to width, then Save as… or open in the system viewer. */
final class ReportPreviewPane {

    /** The width a page is fitted to before the preview has been laid out once. */
    private static final double FIRST_FIT_WIDTH = 700;

    private final ReportPreviewViewModel preview;
    private final ReportsViewModel reports;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ImageView page = new ImageView();
    private final ScrollPane scroll;

    ReportPreviewPane(ReportPreviewViewModel preview, ReportsViewModel reports, Messages messages, Window owner,
            Consumer<Path> openExternally) {
        this.preview = preview;
        this.reports = reports;
        this.messages = messages;
        page.setId("report-preview-page");
        StackPane paper = new StackPane(page);
        paper.setPadding(new Insets(12));
        paper.getStyleClass().add("report-preview-paper");
        scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setId("report-preview");
        Label empty = new Label(messages.text("reports.preview.empty"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        StackPane center = new StackPane(scroll, empty);
        empty.visibleProperty().bind(preview.pageCountProperty().isEqualTo(0));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        root.setTop(toolbar(owner, openExternally));
        root.setCenter(center);
        preview.pictureProperty().addListener((observable, old, picture) -> show(picture));
        reports.generatedProperty().addListener((observable, old, made) -> {
            preview.setOutputScale(owner == null ? 1 : owner.getOutputScaleX());
            // Shown first, so the zoom that follows draws the new report's first page, not the old one's.
            preview.show(made);
            preview.fitWidth(fittingWidth());
        });
    }

    Node root() {
        return root;
    }

    /**
     * The width a page is fitted to: the scroll pane's own, inside its frame, whether its vertical bar shows yet or
     * not (the fit leaves room for it). The view port's narrows once the bar shows: a report first opened at 120 %,
     * then "fit width" gave 119 %.
     */
    private double fittingWidth() {
        double width = scroll.getWidth() - scroll.getInsets().getLeft() - scroll.getInsets().getRight();
        return width > 0 ? width : FIRST_FIT_WIDTH;
    }

    private Node toolbar(Window owner, Consumer<Path> openExternally) {
        Button save = new Button(messages.text("reports.saveAs"), Icons.icon(Icons.SAVE));
        save.setId("report-save");
        save.setOnAction(event -> saveAs(owner));
        Button open = new Button(messages.text("reports.open"), Icons.icon(Icons.OPEN_EXTERNAL));
        open.setId("report-open");
        HoverTooltips.explain(open, messages.text("reports.openExternally"));
        open.setOnAction(event -> openExternally.accept(reports.generatedProperty().get().file()));
        Button previous = iconButton(Icons.EARLIER, "reports.preview.previous", preview::previous);
        Button next = iconButton(Icons.LATER, "reports.preview.next", preview::next);
        Label where = new Label();
        where.setId("report-page");
        where.textProperty().bind(Bindings.createStringBinding(() -> preview.pageCountProperty().get() == 0 ? ""
                : messages.text("report.pageOf", preview.pageProperty().get() + 1, preview.pageCountProperty().get()),
                preview.pageProperty(), preview.pageCountProperty()));
        Button zoomOut = iconButton(Icons.ZOOM_OUT, "reports.preview.zoomOut", () -> preview.zoomBy(1 / 1.25));
        Button zoomIn = iconButton(Icons.ZOOM_IN, "reports.preview.zoomIn", () -> preview.zoomBy(1.25));
        Button fit = iconButton(Icons.FIT, "reports.preview.fitWidth",
                () -> preview.fitWidth(fittingWidth()));
        Label zoom = new Label();
        zoom.setId("report-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(preview.zoomProperty().get() * 100)
                + " %", preview.zoomProperty()));
        for (Node control : new Node[] {save, open, previous, next, zoomOut, zoomIn, fit}) {
            control.disableProperty().bind(preview.pageCountProperty().isEqualTo(0));
        }
        previous.disableProperty().unbind();
        previous.disableProperty().bind(preview.pageProperty().lessThanOrEqualTo(0));
        next.disableProperty().unbind();
        next.disableProperty().bind(preview.pageProperty().greaterThanOrEqualTo(
                preview.pageCountProperty().subtract(1)));
        // Figures never shorten to "…": the spacer gives way first.
        where.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new FittingBar(6, save, open, spacer, previous, where, next, zoomOut, zoom, zoomIn, fit);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private Button iconButton(String icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, Icons.icon(icon));
        HoverTooltips.explain(button, messages.text(tooltipKey));
        button.setAccessibleText(messages.text(tooltipKey));
        button.setId("report-" + tooltipKey.substring(tooltipKey.lastIndexOf('.') + 1));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void saveAs(Window owner) {
        GeneratedReport made = reports.generatedProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("reports.saveAs"));
        chooser.setInitialFileName(made.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            reports.saveAs(file.toPath());
        }
    }

    /** Draws PDFBox's picture of the page; at high pixel density it shows at its size in points times the zoom. */
    private void show(BufferedImage picture) {
        if (picture == null) {
            page.setImage(null);
            return;
        }
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(),
                IntBuffer.wrap(pixels), width);
        page.setImage(image);
        page.setFitWidth(width / preview.outputScale());
        page.setPreserveRatio(true);
    }
}
