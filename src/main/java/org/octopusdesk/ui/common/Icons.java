package org.octopusdesk.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** The icons of the application (Material Design Icons through Ikonli), named by what they stand for. */
public final class Icons {

    public static final String NEW = "mdi2p-plus";
    public static final String EDIT = "mdi2p-pencil";
    public static final String DELETE = "mdi2d-delete";
    public static final String AMEND = "mdi2c-calendar-edit";
    public static final String DASHBOARD = "mdi2v-view-dashboard";
    public static final String PROJECTS = "mdi2f-folder-multiple";
    public static final String TIMELINE = "mdi2c-chart-timeline-variant";
    public static final String FIND = "mdi2m-magnify";
    public static final String WARNING = "mdi2a-alert";
    public static final String OK = "mdi2c-check-circle";
    public static final String INFO = "mdi2i-information-outline";
    public static final String UP = "mdi2a-arrow-up";
    public static final String DOWN = "mdi2a-arrow-down";
    public static final String REMOVE = "mdi2m-minus";
    public static final String ZOOM_IN = "mdi2m-magnify-plus-outline";
    public static final String ZOOM_OUT = "mdi2m-magnify-minus-outline";
    public static final String FIT = "mdi2a-arrow-expand-horizontal";
    public static final String EARLIER = "mdi2c-chevron-left";
    public static final String LATER = "mdi2c-chevron-right";
    public static final String RATES = "mdi2c-currency-eur";
    public static final String DONORS = "mdi2h-hand-heart";
    public static final String COUNTRIES = "mdi2e-earth";
    public static final String HISTORY = "mdi2h-history";
    public static final String IMPORT = "mdi2f-file-import";
    public static final String DOWNLOAD = "mdi2c-cloud-download";
    public static final String CONVERT = "mdi2s-swap-horizontal";
    public static final String CONTRIBUTIONS = "mdi2c-cash-multiple";
    public static final String PAYMENT = "mdi2c-cash-plus";
    public static final String CANCEL = "mdi2c-cancel";
    public static final String EXPORT = "mdi2f-file-export";
    public static final String ERASE = "mdi2a-account-remove";
    public static final String FIRST = "mdi2c-chevron-double-left";
    public static final String LAST = "mdi2c-chevron-double-right";
    public static final String CLEAR_FILTERS = "mdi2f-filter-remove";
    public static final String REPORTS = "mdi2f-file-chart";
    public static final String PDF = "mdi2f-file-pdf-box";
    public static final String SAVE = "mdi2c-content-save";
    public static final String OPEN_EXTERNAL = "mdi2o-open-in-new";
    public static final String CHECK = "mdi2c-check-all";
    public static final String REPAIR = "mdi2w-wrench";
    public static final String VERIFY = "mdi2s-shield-check";
    public static final String MEETINGS = "mdi2a-account-group";
    public static final String CONFERENCES = "mdi2m-microphone-variant";

    private Icons() {
    }

    public static FontIcon icon(String code) {
        return new FontIcon(code);
    }
}
