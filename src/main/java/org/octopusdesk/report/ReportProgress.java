package org.octopusdesk.report;

/** How a long report tells where it is, and learns that the person no longer wants it. */
public interface ReportProgress {

    /** Nobody watching, nobody cancelling: the command line and tests. */
    ReportProgress NONE = new ReportProgress() {
        @Override
        public void progress(long done, long total) {
            // nobody to tell
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void progress(long done, long total);

    /** Asked between rows and pages: a cancelled report stops there and leaves no file. */
    boolean cancelled();

    /** Throws when the person cancelled; the file being written is then removed. */
    default void checkNotCancelled() {
        if (cancelled()) {
            throw new ReportCancelledException();
        }
    }
}
