package org.octopusdesk.report;

/** A report the person cancelled while it was being made: not an error, and no file is left behind. */
public class ReportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportCancelledException() {
        super("report cancelled");
    }
}
