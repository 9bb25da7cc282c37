package org.octopusdesk.ui.timeline;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectDetails;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.ScrollPanes;
import org.octopusdesk.ui.shell.AreaView;

/** The Timeline area: the chart of all projects, with zoom and move by whole years. */
public final class TimelineView implements AreaView {

    private final TimelineViewModel viewModel;
    private final Messages messages;
    private final TimelineChart chart;
    private final ScrollPane scroll;
    private final Label range = new Label();
    private final BorderPane root = new BorderPane();

    public TimelineView(TimelineViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.chart = new TimelineChart(messages);
        this.scroll = ScrollPanes.uncached(chart.node());
        root.setTop(toolbar());
        root.setCenter(scroll);
        root.setId("timeline-view");
        viewModel.projects().addListener((ListChangeListener<ProjectDetails>) change -> draw());
        viewModel.fromYearProperty().addListener((observable, old, year) -> draw());
        viewModel.toYearProperty().addListener((observable, old, year) -> draw());
        scroll.viewportBoundsProperty().addListener((observable, old, bounds) -> {
            if (old == null || old.getWidth() != bounds.getWidth()) {
                draw();
            }
        });
        draw();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void reload() {
        viewModel.reload();
    }

    private ToolBar toolbar() {
        Button zoomIn = button(Icons.ZOOM_IN, "timeline.zoomIn");
        zoomIn.setOnAction(event -> viewModel.zoomIn());
        Button zoomOut = button(Icons.ZOOM_OUT, "timeline.zoomOut");
        zoomOut.setOnAction(event -> viewModel.zoomOut());
        Button fit = button(Icons.FIT, "timeline.fit");
        fit.setText(messages.text("timeline.fit"));
        fit.setOnAction(event -> viewModel.fitAll());
        Button earlier = button(Icons.EARLIER, "timeline.earlier");
        earlier.setOnAction(event -> viewModel.shift(-1));
        Button later = button(Icons.LATER, "timeline.later");
        later.setOnAction(event -> viewModel.shift(1));
        range.setId("timeline-range");
        range.getStyleClass().add("title-4");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox legend = new HBox(14, legend("timeline-bar", "timeline.legend.planned"),
                legend("timeline-extension", "timeline.legend.extension"),
                legend("timeline-today-swatch", "timeline.legend.today"));
        legend.setAlignment(Pos.CENTER_RIGHT);
        ToolBar bar = new ToolBar(zoomIn, zoomOut, fit, earlier, range, later, spacer, legend);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private Node legend(String styleClass, String key) {
        Rectangle swatch = new Rectangle(14, 10);
        swatch.getStyleClass().add(styleClass);
        HBox item = new HBox(6, swatch, new Label(messages.text(key)));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private Button button(String icon, String key) {
        Button button = new Button(null, Icons.icon(icon));
        button.setId(key.replace('.', '-'));
        HoverTooltips.explain(button, messages.text(key));
        return button;
    }

    private void draw() {
        int from = viewModel.fromYearProperty().get();
        int to = viewModel.toYearProperty().get();
        range.setText(from == to ? String.valueOf(from) : from + " – " + to);
        double available = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        chart.draw(viewModel.projects(), new TimeScale(from, to, chart.axisWidth(from, to, available)),
                viewModel.today());
    }
}
