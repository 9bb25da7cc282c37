package org.octopusdesk.ui.reports;

import java.awt.image.BufferedImage;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.octopusdesk.report.pdf.PdfPreview;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * The preview of the report made: which page, at which zoom, and the picture of that page, drawn by PDFBox in the
 * background so the window never waits for it.
 */
public final class ReportPreviewViewModel {

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;
    /** The paper's padding on both sides, as the preview pane lays it out. */
    static final double PAPER_MARGINS = 24;
    /** Room kept for the vertical scroll bar a long page brings, so fitting never adds a horizontal one. */
    static final double SCROLL_BAR = 16;

    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ObjectProperty<BufferedImage> picture = new SimpleObjectProperty<>();
    private PdfPreview preview;
    private double outputScale = 1;

    public ReportPreviewViewModel(BackgroundRunner runner, ErrorReporter errors) {
        this.runner = runner;
        this.errors = errors;
    }

    /** Shows the first page of a newly made report, or nothing. */
    public void show(GeneratedReport report) {
        PdfPreview old = preview;
        preview = null;
        picture.set(null);
        pageCount.set(0);
        if (report == null) {
            closeQuietly(old);
            return;
        }
        runner.run(() -> {
            closeQuietly(old);
            return PdfPreview.open(report.file());
        }, opened -> {
            preview = opened;
            pageCount.set(opened.pageCount());
            page.set(0);
            render();
        }, errors::report);
    }

    public void next() {
        goTo(page.get() + 1);
    }

    public void previous() {
        goTo(page.get() - 1);
    }

    public void goTo(int index) {
        if (preview != null && index >= 0 && index < pageCount.get() && index != page.get()) {
            page.set(index);
            render();
        }
    }

    public void zoomBy(double factor) {
        setZoom(zoom.get() * factor);
    }

    /** The zoom at which a page fills {@code width} pixels, beside the paper's margin and a vertical scroll bar. */
    public void fitWidth(double width) {
        setZoom(Math.max(MIN_ZOOM, (width - PAPER_MARGINS - SCROLL_BAR) / PdfPreview.PAGE_WIDTH));
    }

    /** The screen's pixel density: pages are drawn at it so text stays sharp on high-resolution screens. */
    public void setOutputScale(double scale) {
        outputScale = scale <= 0 ? 1 : scale;
    }

    private void setZoom(double value) {
        double bounded = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        if (Math.abs(bounded - zoom.get()) > 0.001) {
            zoom.set(bounded);
            render();
        }
    }

    private void render() {
        PdfPreview current = preview;
        if (current == null) {
            return;
        }
        int index = page.get();
        float scale = (float) (zoom.get() * outputScale);
        runner.run(() -> current.render(index, scale), image -> {
            if (current == preview && index == page.get()) {
                picture.set(image);
            }
        }, errors::report);
    }

    private static void closeQuietly(PdfPreview preview) {
        if (preview != null) {
            preview.close();
        }
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<BufferedImage> pictureProperty() {
        return picture;
    }

    double outputScale() {
        return outputScale;
    }
}
