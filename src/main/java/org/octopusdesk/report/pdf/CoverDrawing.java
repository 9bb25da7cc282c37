package org.octopusdesk.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.report.ReportDocument;

/** The block at the top of the first page: title, subject, the parameters in a tinted box, and when it was made. */
final class CoverDrawing {

    private static final float PAD = 10;
    private static final float LABEL_SHARE = 0.28f;

    private final PageCanvas canvas;
    private final ReportDocument report;

    CoverDrawing(PageCanvas canvas, ReportDocument report) {
        this.canvas = canvas;
        this.report = report;
    }

    void draw() {
        canvas.newPage();
        ReportFonts fonts = canvas.fonts();
        for (String line : TextWrapper.wrap(report.title(), fonts.bold, Style.TITLE_SIZE, canvas.width(), fonts)) {
            canvas.text(fonts.bold, Style.TITLE_SIZE, Style.ACCENT, canvas.left(), canvas.y() - Style.TITLE_SIZE,
                    line);
            canvas.moveDown(Style.leading(Style.TITLE_SIZE));
        }
        for (String line : TextWrapper.wrap(report.subject(), fonts.bold, Style.HEADING2_SIZE, canvas.width(),
                fonts)) {
            canvas.text(fonts.bold, Style.HEADING2_SIZE, Style.TEXT, canvas.left(),
                    canvas.y() - Style.HEADING2_SIZE, line);
            canvas.moveDown(Style.leading(Style.HEADING2_SIZE));
        }
        canvas.moveDown(8);
        drawFields(fonts);
        for (String line : TextWrapper.wrap(report.labels().generated(), fonts.regular, Style.NOTE_SIZE,
                canvas.width(), fonts)) {
            canvas.text(fonts.regular, Style.NOTE_SIZE, Style.MUTED, canvas.left(), canvas.y() - Style.NOTE_SIZE,
                    line);
            canvas.moveDown(Style.leading(Style.NOTE_SIZE));
        }
        canvas.moveDown(10);
    }

    private void drawFields(ReportFonts fonts) {
        float inner = canvas.width() - 2 * PAD;
        float labelWidth = inner * LABEL_SHARE;
        float leading = Style.leading(Style.BODY_SIZE);
        List<List<String>> labels = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        float height = 2 * PAD;
        for (ReportDocument.CoverField field : report.cover()) {
            List<String> label = TextWrapper.wrap(field.label(), fonts.bold, Style.BODY_SIZE, labelWidth - 8, fonts);
            List<String> value = TextWrapper.wrap(field.value(), fonts.regular, Style.BODY_SIZE, inner - labelWidth,
                    fonts);
            labels.add(label);
            values.add(value);
            height += Math.max(label.size(), value.size()) * leading;
        }
        float top = canvas.y();
        canvas.fillRect(Style.COVER_FILL, canvas.left(), top - height, canvas.width(), height);
        canvas.fillRect(Style.ACCENT, canvas.left(), top - height, 3, height);
        float y = top - PAD;
        for (int i = 0; i < labels.size(); i++) {
            List<String> label = labels.get(i);
            List<String> value = values.get(i);
            for (int line = 0; line < Math.max(label.size(), value.size()); line++) {
                float baseline = y - Style.BODY_SIZE - line * leading;
                if (line < label.size()) {
                    canvas.text(fonts.bold, Style.BODY_SIZE, Style.MUTED, canvas.left() + PAD, baseline,
                            label.get(line));
                }
                if (line < value.size()) {
                    canvas.text(fonts.regular, Style.BODY_SIZE, Style.TEXT, canvas.left() + PAD + labelWidth,
                            baseline, value.get(line));
                }
            }
            y -= Math.max(label.size(), value.size()) * leading;
        }
        canvas.moveDown(height + 6);
    }
}
