package org.pacta.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Priority;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.StatusWords;

/**
 * The empty plan officials start from: the import's columns with three example rows (a commitment with a day and a
 * lead agency, a milestone under it due in a quarter, an item without a fixed date), and for a workbook a sheet that
 * explains every column: what it holds, the values allowed, and the other header names the import understands.
 */
public final class PlanTemplate {

    static final String DAY_FORMS = "A day: 2024-12-31, 31.12.2024, 31/12/2024 or 12/31/2024, 31 December 2024,"
            + " or Solar Hijri 1403/10/11.";
    static final String DEADLINE_FORMS = "A day (2024-12-31, 31.12.2024, 31/12/2024 or 12/31/2024, 31 December 2024,"
            + " or Solar Hijri 1403/10/11); a month: 2024-12; a quarter: Q4 2024; a half-year: H2 2024; a year: 2024;"
            + " or words for an item without a fixed date, such as Ongoing or 90 days after guidance.";

    private PlanTemplate() {
    }

    public static List<ExportRow> examples() {
        return List.of(
                new ExportRow().set(ImportField.REFERENCE, "1")
                        .set(ImportField.TITLE, "Publish the national open data portal")
                        .set(ImportField.DESCRIPTION, "A public portal with the datasets listed in annex 2.")
                        .set(ImportField.RESPONSIBLE_PARTY, "GOV")
                        .set(ImportField.RESPONSIBLE_BODY, "Ministry of Digital Affairs")
                        .set(ImportField.OWNER_NAME, "Ali Rezaei")
                        .set(ImportField.OWNER_EMAIL, "a.rezaei@example.org")
                        .set(ImportField.DUE_DATE, LocalDate.of(2026, 12, 31))
                        .set(ImportField.STATUS, CommitmentStatus.IN_PROGRESS.name())
                        .set(ImportField.PROGRESS_NOTE, "Datasets for annex 2 collected.")
                        .set(ImportField.PRIORITY, Priority.HIGH.name())
                        .set(ImportField.TAGS, "data, open government")
                        .set(ImportField.START_ON, LocalDate.of(2026, 1, 15)),
                new ExportRow().set(ImportField.REFERENCE, "1.1")
                        .set(ImportField.PARENT, "1")
                        .set(ImportField.TITLE, "Pilot the portal with three ministries")
                        .set(ImportField.DUE_DATE, "Q4 2026"),
                new ExportRow().set(ImportField.REFERENCE, "2")
                        .set(ImportField.TITLE, "Consult civil society on each new dataset")
                        .set(ImportField.RESPONSIBLE_PARTY, "GOV")
                        .set(ImportField.DUE_DATE, "Ongoing")
                        .set(ImportField.STATUS, CommitmentStatus.PLANNED.name())
                        .set(ImportField.PRIORITY, Priority.NORMAL.name()));
    }

    /** The instructions sheet: a header, then one row per column of the plan. */
    public static List<List<String>> instructions() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("Column", "What it holds", "Allowed values", "Also understood as"));
        for (ImportField f : ImportField.values()) {
            List<String> others = new ArrayList<>(f.english().subList(1, f.english().size()));
            others.addAll(f.russian());
            others.addAll(f.persian());
            out.add(List.of(f.header(), holds(f), allowed(f), String.join(", ", others)));
        }
        return out;
    }

    private static String holds(ImportField f) {
        return switch (f) {
            case REFERENCE -> "The plan's own numbering of the row (1, 1.2, A-3): unique among the agreement's"
                    + " commitments, and among its milestones. A re-import matches rows on it.";
            case PARENT -> "Only on a milestone row: the No. of the commitment it belongs to (or that commitment's"
                    + " title when it has no number). Blank on a commitment row.";
            case TITLE -> "The commitment's title, or the milestone's on a milestone row. Required.";
            case DESCRIPTION -> "The full text of the commitment.";
            case RESPONSIBLE_PARTY -> "The code of the party (country, side) that answers for the commitment, one of"
                    + " the agreement's parties. Required on a commitment row.";
            case RESPONSIBLE_BODY -> "The ministry or agency under the party that does the work (GSA and OMB).";
            case OWNER_NAME -> "The person who answers for the commitment.";
            case OWNER_EMAIL -> "The owner's email address; reminders go there.";
            case DUE_DATE -> "The current deadline (the revised one, when the plan was revised), as precisely as the"
                    + " plan gives it: a period is due at the end of its last day.";
            case ORIGINAL_DUE_DATE -> "The first deadline, when the plan shows it beside a revised one.";
            case REVISION_REASON -> "Why the deadline moved from the original one.";
            case STATUS -> "Where the commitment stands. On a milestone row, Done marks it completed.";
            case COMPLETED_ON -> "The day the item was done.";
            case EVIDENCE -> "What proves the item done: links (http or https, one a line) or a short account. A"
                    + " commitment marked done without a link is kept as reported complete, without evidence.";
            case PROGRESS_NOTE -> "The latest account of progress.";
            case PRIORITY -> "How urgent the commitment is; Normal when blank.";
            case TAGS -> "Themes to find commitments by, separated by commas.";
            case START_ON -> "The day work starts.";
        };
    }

    private static String allowed(ImportField f) {
        return switch (f) {
            case DUE_DATE, ORIGINAL_DUE_DATE -> DEADLINE_FORMS;
            case COMPLETED_ON, START_ON -> DAY_FORMS;
            case STATUS -> statuses();
            case PRIORITY -> priorities();
            case OWNER_EMAIL -> "An email address, such as name@example.org.";
            default -> "Any text.";
        };
    }

    private static String statuses() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<CommitmentStatus, List<String>> e : StatusWords.accepted().entrySet()) {
            lines.add(e.getKey().name() + ": " + String.join(", ", e.getValue()));
        }
        return String.join("\n", lines);
    }

    private static String priorities() {
        List<String> names = new ArrayList<>();
        for (Priority p : Priority.values()) {
            names.add(p.name());
        }
        return String.join(", ", names);
    }
}
