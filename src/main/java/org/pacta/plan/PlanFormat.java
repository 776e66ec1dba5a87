package org.pacta.plan;

import java.util.Locale;
import org.pacta.platform.Refusal;

/** The two files a plan is written as: an Excel workbook, or CSV text for any spreadsheet program. */
public enum PlanFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String extension;
    private final String mediaType;

    PlanFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a request names; none means a workbook. */
    public static PlanFormat of(String format) {
        if (format == null || format.isBlank()) {
            return XLSX;
        }
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        for (PlanFormat f : values()) {
            if (f.extension.equals(wanted)) {
                return f;
            }
        }
        throw Refusal.badRequest(r -> r.plan_format_unknown(format.strip()));
    }
}
