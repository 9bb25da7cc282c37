package org.octopusdesk.report.project;

import java.util.List;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;

/** The "money against time" part of a project report: received and spent against the budget and the time gone. */
public interface MoneyAgainstTimeBlocks {

    List<Block> blocks(Project project, ProjectReportRequest request, ReportWords words);
}
