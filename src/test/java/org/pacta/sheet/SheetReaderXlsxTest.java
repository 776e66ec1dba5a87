package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pacta.sheet.TestFiles.date;
import static org.pacta.sheet.TestFiles.sheet;
import static org.pacta.sheet.TestFiles.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.VisibilityState;
import org.junit.jupiter.api.Test;
import org.pacta.platform.Refusal;

/** Workbooks as officials keep them, read as they see them in their spreadsheet program. */
class SheetReaderXlsxTest {

    @Test
    void anActionPlanWithATitleAHierarchyAndDatesIsReadAsItLooks() {
        Sheet sheet = SheetReader.read(TestFiles.actionPlanXlsx(), "plan.xlsx", null, null);

        assertThat(sheet.format(), equalTo("xlsx"));
        assertThat(sheet.encoding(), nullValue());
        assertThat(sheet.delimiter(), nullValue());
        assertThat(sheet.sheets(), contains("Plan"));
        assertThat(sheet.sheet(), equalTo("Plan"));
        assertThat("the title and the blank row above the header are skipped", sheet.headerRow(), equalTo(3));
        assertThat(sheet.columns(), contains("No.", "Action", "Lead agency", "Deadline", "Status"));
        assertThat(sheet.rows(), contains(
                new SheetRow(4, List.of("1", "Publish the open data strategy", "GSA and OMB", "2024-12-31", "In progress")),
                new SheetRow(5, List.of("1.1", "Consult the public", "", "2024-03-31", "Complete")),
                new SheetRow(6, List.of("1.2", "Draft the strategy", "", "Ongoing", "")),
                new SheetRow(7, List.of("2", "Open the spending data", "Treasury", "2025-06-30", "Not started"))));
        assertThat(sheet.problems(), empty());
        assertThat(ColumnSuggestions.suggest(sheet.columns()), equalTo(Map.of("No.", ImportField.REFERENCE,
                "Action", ImportField.TITLE, "Lead agency", ImportField.RESPONSIBLE_BODY, "Deadline", ImportField.DUE_DATE,
                "Status", ImportField.STATUS)));
    }

    @Test
    void numbersDatesTimesAndPercentagesReadAsTheyAreShown() {
        byte[] file = xlsx(sheet("Figures", ws -> {
            String[] header = {"Whole", "Fraction", "Sum", "Share", "Meeting", "Time", "Month", "Done"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, 42);
            ws.value(1, 1, 0.1 + 0.2);
            ws.value(1, 2, 1234567.5);
            ws.value(1, 3, 0.25);
            ws.style(1, 3).format("0%").set();
            ws.value(1, 4, LocalDateTime.of(2024, 1, 2, 13, 45));
            ws.style(1, 4).format("dd.mm.yyyy hh:mm").set();
            ws.value(1, 5, 0.5);
            ws.style(1, 5).format("hh:mm").set();
            date(ws, 1, 6, LocalDate.of(2024, 12, 1), "mmmm yyyy");
            ws.value(1, 7, true);
        }));

        Sheet sheet = SheetReader.read(file, "figures.xlsx", null, null);

        assertThat(sheet.rows().get(0).cells(),
                contains("42", "0.3", "1234567.5", "25%", "2024-01-02T13:45", "12:00", "2024-12-01", "TRUE"));
    }

    @Test
    void aFormulaIsItsCachedValueAndExcelsBuiltInDateFormatIsADate() {
        byte[] file = TestFiles.rawXlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Total</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Label</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Due</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>Check</t></is></c><c r=\"E1\" t=\"inlineStr\"><is><t>Rate</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f>40+2</f><v>42</v></c><c r=\"B2\" t=\"str\"><f>UPPER(\"a\")</f><v>A</v></c>"
                + "<c r=\"C2\" s=\"1\"><f>DATE(2024,12,31)</f><v>45657</v></c><c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"E2\" s=\"2\"><v>0.075</v></c></row>");

        Sheet sheet = SheetReader.read(file, "formulas.xlsx", null, null);

        assertThat(sheet.rows().get(0).cells(), contains("42", "A", "2024-12-31", "#DIV/0!", "7.5%"));
    }

    @Test
    void aNamedSheetIsReadAndTheVisibleSheetsAreListed() {
        byte[] file = xlsx(
                sheet("Notes", ws -> ws.value(0, 0, "Read me first")),
                sheet("Hidden", ws -> {
                    ws.value(0, 0, "x");
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                }),
                sheet("Roadmap 2025", ws -> {
                    ws.value(0, 0, "Ref");
                    ws.value(0, 1, "Commitment");
                    ws.value(1, 0, "A-1");
                    ws.value(1, 1, "Sign the customs protocol");
                }));

        Sheet first = SheetReader.read(file, "book.xlsx", null, null);
        Sheet named = SheetReader.read(file, "book.xlsx", "Roadmap 2025", null);
        Sheet namedLoosely = SheetReader.read(file, "book.xlsx", " roadmap 2025 ", null);

        assertThat(first.sheet(), equalTo("Notes"));
        assertThat(first.sheets(), contains("Notes", "Roadmap 2025"));
        assertThat(named.sheet(), equalTo("Roadmap 2025"));
        assertThat(named.rows(), contains(new SheetRow(2, List.of("A-1", "Sign the customs protocol"))));
        assertThat(namedLoosely.sheet(), equalTo("Roadmap 2025"));
    }

    @Test
    void anUnknownSheetIsRefusedNamingTheSheetsThatExist() {
        byte[] file = xlsx(sheet("Plan", ws -> ws.value(0, 0, "x")), sheet("Archive", ws -> ws.value(0, 0, "y")));

        Refusal e = assertThrows(Refusal.class, () -> SheetReader.read(file, "book.xlsx", "Summary", null));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(422));
        assertThat(e.errors().get(0).field(), equalTo("sheet"));
        assertThat(e.getMessage(), equalTo("This workbook has no sheet \"Summary\"; its sheets are \"Plan\", \"Archive\"."));
    }

    @Test
    void emptyAndDuplicateHeaderNamesGetUsableNames() {
        byte[] file = xlsx(sheet("Plan", ws -> {
            ws.value(0, 0, "Title");
            ws.value(0, 2, "Status");
            ws.value(0, 3, "Status");
            ws.value(0, 4, "Responsible\nparty");
            ws.value(1, 0, "Hold the talks");
            ws.value(1, 1, "Delegation");
            ws.value(1, 2, "Done");
            ws.value(1, 3, "Complete");
            ws.value(1, 4, "IR");
            // Column F has a value below but no header; column G is blank throughout and is dropped, like H.
            ws.value(2, 0, "Sign");
            ws.value(2, 5, "late");
            ws.value(2, 7, " ");
        }));

        Sheet sheet = SheetReader.read(file, "plan.xlsx", null, null);

        assertThat(sheet.columns(), contains("Title", "Column B", "Status", "Status (Column D)", "Responsible party", "Column F"));
        assertThat(sheet.rows().get(1).cells(), contains("Sign", "", "", "", "", "late"));
        assertThat(sheet.problems().stream().map(SheetProblem::message).toList(), contains(
                "This column has no name in the header row; it is called \"Column B\" here.",
                "Another column is also named \"Status\"; this one is called \"Status (Column D)\" here.",
                "This column has no name in the header row; it is called \"Column F\" here."));
        assertThat(sheet.problems().get(1).row(), equalTo(1));
        assertThat(sheet.problems().get(1).column(), equalTo("Status (Column D)"));
    }

    @Test
    void aHeaderWithoutRowsIsReadWithANote() {
        Sheet sheet = SheetReader.read(xlsx(sheet("Plan", ws -> {
            ws.value(0, 0, "Action");
            ws.value(0, 1, "Deadline");
        })), "plan.xlsx", null, null);

        assertThat(sheet.columns(), contains("Action", "Deadline"));
        assertThat(sheet.rows(), empty());
        assertThat(sheet.problems().get(0).message(), equalTo("There are no rows below the header row."));
    }

    @Test
    void hostileTextInCellsComesBackAsText() {
        String script = "<script>alert(document.cookie)</script>";
        String rtl = "\u202Egnp.exe";
        String emoji = "Done ✅ 👍🏽";
        Sheet sheet = SheetReader.read(xlsx(sheet("Plan", ws -> {
            ws.value(0, 0, "Title");
            ws.value(0, 1, "Notes");
            ws.value(1, 0, script);
            ws.value(1, 1, rtl);
            ws.value(2, 0, emoji);
            ws.value(2, 1, "=HYPERLINK(\"http://evil.example\")");
        })), "plan.xlsx", null, null);

        assertThat(sheet.rows().get(0).cells(), contains(script, rtl));
        assertThat(sheet.rows().get(1).cells(), contains(emoji, "=HYPERLINK(\"http://evil.example\")"));
    }

    @Test
    void anEmptySheetIsRefused() {
        Refusal e = assertThrows(Refusal.class,
                () -> SheetReader.read(xlsx(sheet("Empty", ws -> ws.value(3, 3, "  "))), "empty.xlsx", null, null));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(400));
        assertThat(e.getMessage(), equalTo("The file holds no values: every row is empty."));
    }

    @Test
    void aValueBeyondTwoHundredColumnsIsRefusedNamingTheCell() {
        byte[] file = xlsx(sheet("Wide", ws -> {
            ws.value(0, 0, "Title");
            ws.value(4, 200, "stray");
        }));

        Refusal e = assertThrows(Refusal.class, () -> SheetReader.read(file, "wide.xlsx", null, null));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(413));
        assertThat(e.getMessage(), containsString("Row 5 has a value in column GS, beyond the 200 columns"));
    }
}
