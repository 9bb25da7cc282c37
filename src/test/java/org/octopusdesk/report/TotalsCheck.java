package org.octopusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.i18n.Messages;

/** Proves of a report that every printed total is the sum of the printed lines above it, column by column. */
public final class TotalsCheck {

    private TotalsCheck() {
    }

    /** Checks every table with a total row; answers how many totals it checked. */
    public static int assertTotalsAddUp(ReportDocument report) {
        Messages messages = Messages.forLanguage(report.language());
        int checked = 0;
        for (Block block : report.blocks()) {
            if (!(block instanceof Block.Table table)) {
                continue;
            }
            List<Block.Row> lines = new ArrayList<>();
            for (Block.Row row : table.rows()) {
                if (row.style() == Block.RowStyle.TOTAL) {
                    checked += checkTotal(table, lines, row, messages);
                    lines.clear();
                } else {
                    lines.add(row);
                }
            }
        }
        return checked;
    }

    private static int checkTotal(Block.Table table, List<Block.Row> lines, Block.Row total, Messages messages) {
        int checked = 0;
        for (int column = 1; column < table.columns().size(); column++) {
            Optional<BigDecimal> printed = number(total.cells().get(column), messages);
            if (printed.isEmpty()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean allNumbers = true;
            for (Block.Row line : lines) {
                String cell = line.cells().get(column);
                Optional<BigDecimal> value = number(cell, messages);
                if (value.isPresent()) {
                    sum = sum.add(value.get());
                } else if (!cell.equals("\u2014") && !cell.isEmpty()) {
                    allNumbers = false;
                }
            }
            if (allNumbers) {
                assertThat(sum).as(table.caption() + ", column " + table.columns().get(column).header())
                        .isEqualByComparingTo(printed.get());
                checked++;
            }
        }
        return checked;
    }

    private static Optional<BigDecimal> number(String cell, Messages messages) {
        String text = cell.replace("\u2248", "").replace("EUR", "").strip();
        return text.isEmpty() ? Optional.empty() : messages.parseDecimal(text);
    }
}
