package org.octopusdesk.report.pdf;

/** The report's typography and colours, in one place. Colours are opaque RGB: PDF/A-1 allows no transparency. */
final class Style {

    static final float TITLE_SIZE = 20;
    static final float HEADING1_SIZE = 14;
    static final float HEADING2_SIZE = 11;
    static final float BODY_SIZE = 9.5f;
    static final float TABLE_SIZE = 8.5f;
    static final float NOTE_SIZE = 8;
    static final float FURNITURE_SIZE = 7.5f;
    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.3f;

    static final float[] TEXT = {0.13f, 0.15f, 0.19f};
    static final float[] MUTED = {0.40f, 0.43f, 0.48f};
    static final float[] ACCENT = {0.06f, 0.29f, 0.53f};
    static final float[] HEADER_FILL = {0.90f, 0.93f, 0.96f};
    static final float[] STRIPE_FILL = {0.97f, 0.975f, 0.98f};
    static final float[] RULE = {0.72f, 0.75f, 0.80f};
    static final float[] COVER_FILL = {0.94f, 0.96f, 0.98f};
    /** Bar colours in series order; distinguishable in greyscale print too. */
    static final float[][] SERIES = {
        {0.12f, 0.38f, 0.64f}, {0.90f, 0.55f, 0.16f}, {0.30f, 0.62f, 0.35f}, {0.75f, 0.25f, 0.26f},
        {0.52f, 0.40f, 0.70f}, {0.55f, 0.40f, 0.30f}, {0.85f, 0.47f, 0.70f}, {0.50f, 0.52f, 0.55f},
    };

    private Style() {
    }

    static float leading(float size) {
        return size * LEADING;
    }
}
