package org.octopusdesk.report.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;

/** Headings, running text and label–value pairs, each line wrapped to the page and moved on when a page is full. */
final class ParagraphDrawing {

    /** A heading is never left alone at the foot of a page: it needs this much room below it. */
    private static final float KEEP_WITH_NEXT = 70;
    private static final float LABEL_SHARE = 0.3f;

    private final PageCanvas canvas;

    ParagraphDrawing(PageCanvas canvas) {
        this.canvas = canvas;
    }

    void heading(Block.Heading heading) {
        boolean major = heading.level() <= 1;
        float size = major ? Style.HEADING1_SIZE : Style.HEADING2_SIZE;
        float before = major ? 12 : 6;
        ReportFonts fonts = canvas.fonts();
        List<String> lines = TextWrapper.wrap(heading.text(), fonts.bold, size, canvas.width(), fonts);
        canvas.ensureRoom(before + lines.size() * Style.leading(size) + KEEP_WITH_NEXT);
        if (!canvas.onFreshPage()) {
            canvas.moveDown(before);
        }
        lines(lines, fonts.bold, size, major ? Style.ACCENT : Style.TEXT, canvas.left());
        if (major) {
            canvas.line(Style.ACCENT, 0.8f, canvas.left(), canvas.y() + 2, canvas.left() + canvas.width(),
                    canvas.y() + 2);
        }
        canvas.moveDown(4);
    }

    void paragraph(Block.Paragraph paragraph) {
        boolean note = paragraph.style() == Block.TextStyle.NOTE;
        float size = note ? Style.NOTE_SIZE : Style.BODY_SIZE;
        ReportFonts fonts = canvas.fonts();
        List<String> lines = TextWrapper.wrap(paragraph.text(), fonts.regular, size, canvas.width(), fonts);
        lines(lines, fonts.regular, size, note ? Style.MUTED : Style.TEXT, canvas.left());
        canvas.moveDown(note ? 3 : 6);
    }

    void fields(List<ReportDocument.CoverField> fields) {
        ReportFonts fonts = canvas.fonts();
        float labelWidth = canvas.width() * LABEL_SHARE;
        float valueWidth = canvas.width() - labelWidth;
        float leading = Style.leading(Style.BODY_SIZE);
        for (ReportDocument.CoverField field : fields) {
            List<String> label = TextWrapper.wrap(field.label(), fonts.bold, Style.BODY_SIZE, labelWidth - 8, fonts);
            List<String> value = TextWrapper.wrap(field.value(), fonts.regular, Style.BODY_SIZE, valueWidth, fonts);
            int count = Math.max(label.size(), value.size());
            for (int i = 0; i < count; i++) {
                canvas.ensureRoom(leading);
                float baseline = canvas.y() - Style.BODY_SIZE;
                if (i < label.size()) {
                    canvas.text(fonts.bold, Style.BODY_SIZE, Style.MUTED, canvas.left(), baseline, label.get(i));
                }
                if (i < value.size()) {
                    canvas.text(fonts.regular, Style.BODY_SIZE, Style.TEXT, canvas.left() + labelWidth, baseline,
                            value.get(i));
                }
                canvas.moveDown(leading);
            }
        }
        canvas.moveDown(6);
    }

    private void lines(List<String> lines, PDType0Font font, float size, float[] rgb, float x) {
        float leading = Style.leading(size);
        for (String line : lines) {
            canvas.ensureRoom(leading);
            canvas.text(font, size, rgb, x, canvas.y() - size, line);
            canvas.moveDown(leading);
        }
    }
}
