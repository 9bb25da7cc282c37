package org.octopusdesk.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportProgress;

/**
 * Lays a table out over as many pages as it needs: the caption and header row repeat at the top of every page it
 * continues on, a row moves whole to the next page when it fits there, and a row taller than a page is split
 * between lines, never through one.
 */
final class TableDrawing {

    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;
    private static final int KEEP_TOGETHER_ROWS = 8;

    private final PageCanvas canvas;
    private final Block.Table table;
    private final String continued;
    private final float[] widths;
    private final float leading = Style.leading(Style.TABLE_SIZE);
    private List<List<String>> headerLines;
    private float headerHeight;

    TableDrawing(PageCanvas canvas, Block.Table table, String continued) {
        this.canvas = canvas;
        this.table = table;
        this.continued = continued;
        this.widths = ColumnWidths.of(table, canvas.width(), 2 * PAD_X, canvas.fonts());
    }

    void draw(ReportProgress progress, Runnable rowDone) {
        ReportFonts fonts = canvas.fonts();
        headerLines = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            headerLines.add(TextWrapper.wrap(table.columns().get(i).header(), fonts.bold, Style.TABLE_SIZE,
                    widths[i] - 2 * PAD_X, fonts));
        }
        headerHeight = maxLines(headerLines) * leading + 2 * PAD_Y;
        List<Block.Row> rows = table.rows();
        List<List<List<String>>> firstRows = new ArrayList<>();
        float firstHeight = 0;
        for (int i = 0; i < Math.min(rows.size(), KEEP_TOGETHER_ROWS + 1); i++) {
            firstRows.add(wrapRow(rows.get(i)));
            firstHeight += heightOf(firstRows.get(i));
        }
        float start = captionHeight() + headerHeight;
        // A short table moves whole to the next page rather than leave a row or two behind; a long one starts
        // where it is as long as its first row fits.
        boolean shortTable = rows.size() <= KEEP_TOGETHER_ROWS && start + firstHeight < PageCanvas.bodyHeight();
        float firstRow = firstRows.isEmpty() ? 0 : heightOf(firstRows.get(0));
        canvas.ensureRoom(start + (shortTable ? firstHeight : Math.min(firstRow, PageCanvas.bodyHeight() / 3)));
        drawCaption(false);
        drawHeader();
        int index = 0;
        for (Block.Row row : rows) {
            progress.checkNotCancelled();
            drawRow(row, wrapRow(row), index++);
            rowDone.run();
        }
        canvas.moveDown(10);
    }

    private float captionHeight() {
        return table.caption().isEmpty() ? 0 : Style.leading(Style.BODY_SIZE) + 3;
    }

    private void drawCaption(boolean continuation) {
        if (table.caption().isEmpty()) {
            return;
        }
        String text = continuation ? table.caption() + " " + continued : table.caption();
        ReportFonts fonts = canvas.fonts();
        List<String> lines = TextWrapper.wrap(text, fonts.bold, Style.BODY_SIZE, canvas.width(), fonts);
        canvas.text(fonts.bold, Style.BODY_SIZE, Style.TEXT, canvas.left(), canvas.y() - Style.BODY_SIZE,
                lines.get(0));
        canvas.moveDown(captionHeight());
    }

    private void drawHeader() {
        float top = canvas.y();
        canvas.fillRect(Style.HEADER_FILL, canvas.left(), top - headerHeight, canvas.width(), headerHeight);
        drawCells(headerLines, 0, maxLines(headerLines), top, canvas.fonts().bold);
        canvas.line(Style.RULE, 0.6f, canvas.left(), top - headerHeight, canvas.left() + canvas.width(),
                top - headerHeight);
        canvas.moveDown(headerHeight);
    }

    private List<List<String>> wrapRow(Block.Row row) {
        ReportFonts fonts = canvas.fonts();
        PDType0Font font = fontOf(row);
        List<List<String>> cells = new ArrayList<>(widths.length);
        for (int i = 0; i < widths.length; i++) {
            cells.add(TextWrapper.wrap(row.cells().get(i), font, Style.TABLE_SIZE, widths[i] - 2 * PAD_X, fonts));
        }
        return cells;
    }

    private PDType0Font fontOf(Block.Row row) {
        return row.style() == Block.RowStyle.TOTAL ? canvas.fonts().bold : canvas.fonts().regular;
    }

    private float heightOf(List<List<String>> cells) {
        return maxLines(cells) * leading + 2 * PAD_Y;
    }

    private void drawRow(Block.Row row, List<List<String>> cells, int index) {
        int lines = maxLines(cells);
        float height = lines * leading + 2 * PAD_Y;
        float fullPage = PageCanvas.bodyHeight() - captionHeight() - headerHeight;
        if (height > canvas.remaining() && height <= fullPage) {
            continueOnNextPage();
        }
        int from = 0;
        while (from < lines) {
            int fit = (int) Math.floor((canvas.remaining() - 2 * PAD_Y) / leading);
            if (fit <= 0) {
                continueOnNextPage();
                continue;
            }
            int to = Math.min(lines, from + fit);
            drawSlice(row, cells, index, from, to);
            from = to;
            if (from < lines) {
                continueOnNextPage();
            }
        }
    }

    private void continueOnNextPage() {
        canvas.newPage();
        drawCaption(true);
        drawHeader();
    }

    private void drawSlice(Block.Row row, List<List<String>> cells, int index, int from, int to) {
        float top = canvas.y();
        float height = (to - from) * leading + 2 * PAD_Y;
        if (row.style() == Block.RowStyle.TOTAL) {
            canvas.line(Style.TEXT, 0.8f, canvas.left(), top, canvas.left() + canvas.width(), top);
        } else if (index % 2 == 1) {
            canvas.fillRect(Style.STRIPE_FILL, canvas.left(), top - height, canvas.width(), height);
        }
        drawCells(cells, from, to, top, fontOf(row));
        canvas.moveDown(height);
    }

    private void drawCells(List<List<String>> cells, int from, int to, float top, PDType0Font font) {
        List<PageCanvas.Placed> pieces = new ArrayList<>();
        float x = canvas.left();
        for (int column = 0; column < widths.length; column++) {
            List<String> lines = cells.get(column);
            boolean right = table.columns().get(column).align() == Block.Align.RIGHT;
            for (int line = from; line < Math.min(to, lines.size()); line++) {
                String text = lines.get(line);
                if (text.isEmpty()) {
                    continue;
                }
                float baseline = top - PAD_Y - (line - from) * leading - Style.TABLE_SIZE;
                float textX = right ? x + widths[column] - PAD_X - ReportFonts.width(font, Style.TABLE_SIZE, text)
                        : x + PAD_X;
                pieces.add(new PageCanvas.Placed(textX, baseline, text));
            }
            x += widths[column];
        }
        canvas.texts(font, Style.TABLE_SIZE, Style.TEXT, pieces);
    }

    private static int maxLines(List<List<String>> cells) {
        int max = 1;
        for (List<String> lines : cells) {
            max = Math.max(max, lines.size());
        }
        return max;
    }
}
