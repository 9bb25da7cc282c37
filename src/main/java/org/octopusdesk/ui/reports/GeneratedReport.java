package org.octopusdesk.ui.reports;

import java.nio.file.Path;

/**
 * A report made and waiting in a temporary file for the preview, Save as… or the system viewer.
 *
 * @param suggestedName the file name Save as… proposes ("Donor report – Canada 2020-2024.pdf")
 */
public record GeneratedReport(Path file, int pages, String suggestedName) {
}
