import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A plan workbook as a ministry keeps one, for bench/import.sh: a title row above the header, commitments numbered 1, 2,
 * ... each followed by three milestones (1.1, 1.2, 1.3), a lead agency, deadlines written as people write them (date
 * cells in three display formats, ISO text, dotted day-month-year, a month, a quarter) and statuses in words.
 *
 *   java -cp fastexcel.jar:opczip.jar bench/PlanXlsx.java <file.xlsx> <rows>
 */
public class PlanXlsx {
    static final String[] AGENCIES = {"Ministry of Finance", "GSA and OMB", "Statistics office", "Ministry of Transport",
        "Central Bank", "Ministry of Foreign Affairs", "Customs service", "Ministry of Energy"};
    static final String[] ACTIONS = {"Publish the register of", "Agree the protocol on", "Open the joint working group on",
        "Draft the law on", "Sign the memorandum on", "Report to the commission on", "Train the officials responsible for"};
    static final String[] TOPICS = {"customs data exchange", "rail freight tariffs", "open budget data", "visa facilitation",
        "energy interconnection", "public procurement", "investment protection", "student exchanges"};
    static final String[] STATUSES = {"Not started", "In progress", "In progress", "At risk", "Planned", "Delayed"};

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        try (OutputStream out = new FileOutputStream(args[0])) {
            Workbook wb = new Workbook(out, "Pacta bench", "1.0");
            Worksheet ws = wb.newWorksheet("Plan");
            ws.value(0, 0, "Roadmap of cooperation 2025–2030: commitments and milestones");
            String[] header = {"No.", "Action", "Lead agency", "Deadline", "Status"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            int r = 3;
            for (int commitment = 1; r - 3 < rows; commitment++) {
                for (int milestone = 0; milestone <= 3 && r - 3 < rows; milestone++, r++) {
                    int i = r - 3;
                    String ref = milestone == 0 ? Integer.toString(commitment) : commitment + "." + milestone;
                    ws.value(r, 0, ref);
                    ws.value(r, 1, (milestone == 0 ? "" : "Stage " + milestone + ": ") + ACTIONS[commitment % ACTIONS.length]
                            + " " + TOPICS[(commitment / ACTIONS.length) % TOPICS.length] + " (" + ref + ")");
                    ws.value(r, 2, AGENCIES[(commitment + milestone) % AGENCIES.length]);
                    deadline(ws, r, 3, LocalDate.of(2026, 1, 28).plusMonths(commitment % 48).plusDays(milestone), i);
                    ws.value(r, 4, STATUSES[i % STATUSES.length]);
                }
            }
            wb.finish();
        }
    }

    /** The same column, written six ways, as rows copied together from several offices' files. */
    static void deadline(Worksheet ws, int r, int c, LocalDate date, int i) {
        switch (i % 6) {
            case 0 -> dateCell(ws, r, c, date, "yyyy-mm-dd");
            case 1 -> dateCell(ws, r, c, date, "dd.mm.yyyy");
            case 2 -> dateCell(ws, r, c, date, "d mmm yyyy");
            case 3 -> ws.value(r, c, date.toString());
            case 4 -> ws.value(r, c, String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
            default -> ws.value(r, c, i % 12 == 5 ? "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear()
                    : date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + date.getYear());
        }
    }

    static void dateCell(Worksheet ws, int r, int c, LocalDate date, String format) {
        ws.value(r, c, date);
        ws.style(r, c).format(format).set();
    }
}
