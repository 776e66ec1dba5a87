package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.platform.Refusal;

/** Text tables in the encodings and with the delimiters spreadsheet programs save them in. */
class SheetReaderCsvTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void aRussianPlanSavedByExcelInWindows1251WithSemicolonsIsRead() {
        byte[] file = TestFiles.text(TestFiles.RUSSIAN_PLAN, WINDOWS_1251, false);

        Sheet sheet = SheetReader.read(file, "план.csv", null, null);

        assertThat(sheet.format(), equalTo("csv"));
        assertThat(sheet.encoding(), equalTo("windows-1251"));
        assertThat(sheet.delimiter(), equalTo(";"));
        assertThat(sheet.sheets(), empty());
        assertThat(sheet.sheet(), nullValue());
        assertThat(sheet.headerRow(), equalTo(1));
        assertThat(sheet.columns(), contains("№", "Мероприятие", "Ответственный исполнитель", "Срок исполнения", "Статус"));
        assertThat(sheet.rows(), contains(
                new SheetRow(2, List.of("1", "Подготовить проект соглашения о сотрудничестве", "Минэкономразвития России", "31.12.2024", "В работе")),
                new SheetRow(3, List.of("1.1", "Согласовать проект с ведомствами", "Минэкономразвития России", "30.09.2024", "Выполнено")),
                new SheetRow(4, List.of("2", "Провести заседание рабочей группы; подготовить протокол", "МИД России", "1 квартал 2025", "Не начато")),
                new SheetRow(5, List.of("3", "Увеличить товарооборот до 2,5 млрд долл.", "Минфин России", "31.03.2025", "Не начато"))));
        assertThat(ColumnSuggestions.suggest(sheet.columns()), equalTo(Map.of("№", ImportField.REFERENCE,
                "Мероприятие", ImportField.TITLE, "Ответственный исполнитель", ImportField.RESPONSIBLE_BODY,
                "Срок исполнения", ImportField.DUE_DATE, "Статус", ImportField.STATUS)));
    }

    @Test
    void aPersianPlanInUtf8WithAByteOrderMarkKeepsItsPersianDigits() {
        byte[] file = TestFiles.text(TestFiles.PERSIAN_PLAN, StandardCharsets.UTF_8, true);

        Sheet sheet = SheetReader.read(file, "برنامه.csv", null, null);

        assertThat(sheet.encoding(), equalTo("UTF-8"));
        assertThat(sheet.delimiter(), equalTo(","));
        assertThat("the byte order mark is not part of the first name", sheet.columns(),
                contains("ردیف", "عنوان", "دستگاه مسئول", "مهلت", "وضعیت"));
        assertThat(sheet.rows().get(0), equalTo(new SheetRow(2,
                List.of("۱", "برگزاری نشست کمیسیون مشترک", "وزارت امور خارجه", "۱۴۰۳/۱۰/۱۱", "در حال انجام"))));
        assertThat(sheet.rows().get(1).cells().get(3), equalTo("۱۴۰۴/۰۳/۳۱"));
        assertThat(ColumnSuggestions.suggest(sheet.columns()), equalTo(Map.of("ردیف", ImportField.REFERENCE,
                "عنوان", ImportField.TITLE, "دستگاه مسئول", ImportField.RESPONSIBLE_BODY, "مهلت", ImportField.DUE_DATE,
                "وضعیت", ImportField.STATUS)));
    }

    @Test
    void utf16TabSeparatedTextIsReadWithOrWithoutItsByteOrderMark() {
        String table = "Reference\tCommitment\tDeadline\r\n1\tОткрыть торговое представительство\t2025-03-31\r\n"
                + "2\tتأسیس دفتر تجاری\t2025-06-30\r\n";

        Sheet marked = SheetReader.read(TestFiles.text(table, StandardCharsets.UTF_16LE, true), "plan.txt", null, null);
        Sheet unmarked = SheetReader.read(TestFiles.text(table, StandardCharsets.UTF_16LE, false), "plan.txt", null, null);
        Sheet bigEndian = SheetReader.read(TestFiles.text(table, StandardCharsets.UTF_16BE, false), "plan.txt", null, null);

        for (Sheet sheet : List.of(marked, unmarked)) {
            assertThat(sheet.encoding(), equalTo("UTF-16LE"));
            assertThat(sheet.delimiter(), equalTo("\t"));
            assertThat(sheet.columns(), contains("Reference", "Commitment", "Deadline"));
            assertThat(sheet.rows().get(1).cells(), contains("2", "تأسیس دفتر تجاری", "2025-06-30"));
        }
        assertThat(bigEndian.encoding(), equalTo("UTF-16BE"));
        assertThat(bigEndian.rows().get(0).cells().get(1), equalTo("Открыть торговое представительство"));
    }

    @Test
    void aWindows1252FileWithAccentsAndCurlyQuotesIsDetected() {
        String table = "Title,Responsible,Deadline\r\nCafé renovation for the délégation,Ministry’s office,2024-12-31\r\n"
                + "Révision du plan d’action,Secrétariat,2025-01-15\r\n";

        Sheet sheet = SheetReader.read(TestFiles.text(table, WINDOWS_1252, false), "plan.csv", null, null);

        assertThat(sheet.encoding(), equalTo("windows-1252"));
        assertThat(sheet.rows().get(0).cells(), contains("Café renovation for the délégation", "Ministry’s office", "2024-12-31"));
        assertThat(sheet.rows().get(1).cells().get(0), equalTo("Révision du plan d’action"));
    }

    @Test
    void aPersianFileSavedInWindows1256IsDetected() {
        // windows-1256 has no Persian yeh (ی): Windows saves it as the Arabic one (ي), which is what comes back.
        String table = ("عنوان;مسئول;مهلت\r\nبرگزاری نشست کمیسیون مشترک اقتصادی;وزارت امور خارجه;1403/10/11\r\n"
                + "گسترش همکاری گمرکی;گمرک;1404/02/01\r\n").replace('ی', 'ي');

        Sheet sheet = SheetReader.read(TestFiles.text(table, Charset.forName("windows-1256"), false), "plan.csv", null, null);

        assertThat(sheet.encoding(), equalTo("windows-1256"));
        assertThat(sheet.rows().get(1).cells(), contains("گسترش همکاري گمرکي", "گمرک", "1404/02/01"));
        assertThat(ColumnSuggestions.suggest(sheet.columns()).get("مسئول"), equalTo(ImportField.RESPONSIBLE_PARTY));
    }

    @Test
    void aChosenEncodingIsUsedAndAnUnknownOrWrongOneIsRefused() {
        byte[] cyrillic = TestFiles.text(TestFiles.RUSSIAN_PLAN, WINDOWS_1251, false);

        Sheet chosen = SheetReader.read(cyrillic, "plan.csv", null, "cp1251");
        Refusal unknown = assertThrows(Refusal.class, () -> SheetReader.read(cyrillic, "plan.csv", null, "klingon-8"));
        Refusal wrong = assertThrows(Refusal.class, () -> SheetReader.read(cyrillic, "plan.csv", null, "UTF-8"));

        assertThat(chosen.encoding(), equalTo("windows-1251"));
        assertThat(chosen.columns().get(1), equalTo("Мероприятие"));
        assertThat(org.pacta.platform.ProblemMapper.statusOf(unknown.reason()), equalTo(422));
        assertThat(unknown.errors().get(0).field(), equalTo("encoding"));
        assertThat(unknown.getMessage(), equalTo("\"klingon-8\" is not an encoding Pacta knows. Leave it empty to have it"
                + " detected, or choose one of UTF-8, UTF-16, windows-1251, windows-1252."));
        assertThat(org.pacta.platform.ProblemMapper.statusOf(wrong.reason()), equalTo(422));
        assertThat(wrong.getMessage(), containsString("The file is not UTF-8 text (byte 0 does not fit)"));
    }

    @Test
    void titleRowsAndBlankLinesAboveTheHeaderAreSkippedAndRowNumbersAreTheSpreadsheets() {
        String table = "Joint action plan 2024–2026;;;\n;;;\nUpdated 1 May 2024;;;\nNo.;Action;Responsible;Due date\n"
                + "1;Sign the memorandum;IR;2024-06-30\n;;;\n2;Open the office;BY;2024-09-30\n";

        Sheet sheet = SheetReader.read(TestFiles.text(table, StandardCharsets.UTF_8, false), "plan.csv", null, null);

        assertThat(sheet.delimiter(), equalTo(";"));
        assertThat(sheet.headerRow(), equalTo(4));
        assertThat(sheet.rows(), contains(new SheetRow(5, List.of("1", "Sign the memorandum", "IR", "2024-06-30")),
                new SheetRow(7, List.of("2", "Open the office", "BY", "2024-09-30"))));
    }

    @Test
    void excelsSepLineDecidesTheDelimiterAndIsNotARow() {
        String table = "sep=,\nTitle,Notes\nMeet; then report,\"a, b\"\n";

        Sheet sheet = SheetReader.read(TestFiles.text(table, StandardCharsets.UTF_8, false), "plan.csv", null, null);

        assertThat(sheet.delimiter(), equalTo(","));
        assertThat(sheet.headerRow(), equalTo(1));
        assertThat(sheet.rows(), contains(new SheetRow(2, List.of("Meet; then report", "a, b"))));
    }

    @Test
    void quotedCellsMayHoldLineBreaksAndQuotes() {
        String table = "Title,Description\n\"Customs\",\"First line\nsecond line with \"\"quotes\"\"\"\nNext,row\n";

        Sheet sheet = SheetReader.read(TestFiles.text(table, StandardCharsets.UTF_8, false), "plan.csv", null, null);

        assertThat(sheet.rows(), contains(new SheetRow(2, List.of("Customs", "First line\nsecond line with \"quotes\"")),
                new SheetRow(3, List.of("Next", "row"))));
    }

    @Test
    void aBrokenQuoteIsRefusedWithItsLineAndNoLibraryWords() {
        String unclosed = "Title,Notes\nOne,fine\nTwo,\"never closed\n";
        String afterQuote = "Title,Notes\n\"One\"x,fine\n";

        Refusal e1 = assertThrows(Refusal.class,
                () -> SheetReader.read(TestFiles.text(unclosed, StandardCharsets.UTF_8, false), "a.csv", null, null));
        Refusal e2 = assertThrows(Refusal.class,
                () -> SheetReader.read(TestFiles.text(afterQuote, StandardCharsets.UTF_8, false), "a.csv", null, null));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e1.reason()), equalTo(400));
        assertThat(e1.getMessage(), containsString("Line 3: a quoted value is not closed"));
        assertThat(e1.errors().get(0).line(), equalTo(3));
        assertThat(e2.getMessage(), containsString("Line 2: a closing double quote must be followed by the delimiter"));
        for (Refusal e : List.of(e1, e2)) {
            assertThat(e.getMessage().toLowerCase(), org.hamcrest.Matchers.not(containsString("encapsulated")));
        }
    }

    @Test
    void aHeaderOnlyFileAndASingleColumnAreRead() {
        Sheet headerOnly = SheetReader.read(TestFiles.text("Title;Deadline\r\n", StandardCharsets.UTF_8, false), "a.csv", null, null);
        Sheet oneColumn = SheetReader.read(TestFiles.text("Title\nFirst\nSecond\n", StandardCharsets.UTF_8, false), "a.csv", null, null);

        assertThat(headerOnly.columns(), contains("Title", "Deadline"));
        assertThat(headerOnly.rows(), empty());
        assertThat(headerOnly.problems().get(0).message(), equalTo("There are no rows below the header row."));
        assertThat(oneColumn.columns(), contains("Title"));
        assertThat(oneColumn.rows(), contains(new SheetRow(2, List.of("First")), new SheetRow(3, List.of("Second"))));
    }

    @Test
    void anUnnamedColumnInACsvFileIsNamedByItsNumber() {
        Sheet sheet = SheetReader.read(TestFiles.text("Title,,Status\nA,x,Done\n", StandardCharsets.UTF_8, false), "a.csv", null, null);

        assertThat(sheet.columns(), contains("Title", "Column 2", "Status"));
    }

    @Test
    void hostileTextInCellsComesBackAsText() {
        String table = "Title,Notes\n\"<script>alert(1)</script>\",\"\u202Efdp.exe\"\n\"<img src=x onerror=alert(1)>\",Done ✅👍🏽\n";

        Sheet sheet = SheetReader.read(TestFiles.text(table, StandardCharsets.UTF_8, false), "a.csv", null, null);

        assertThat(sheet.rows().get(0).cells(), contains("<script>alert(1)</script>", "\u202Efdp.exe"));
        assertThat(sheet.rows().get(1).cells(), contains("<img src=x onerror=alert(1)>", "Done ✅👍🏽"));
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWithWhatToDo() {
        StringBuilder table = new StringBuilder("Title,Deadline\n");
        for (int i = 0; i <= SheetReader.MAX_ROWS; i++) {
            table.append("Item ").append(i).append(",2025-01-01\n");
        }

        Refusal e = assertThrows(Refusal.class,
                () -> SheetReader.read(TestFiles.text(table.toString(), StandardCharsets.UTF_8, false), "a.csv", null, null));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(413));
        assertThat(e.getMessage(), equalTo("The sheet has more than 20000 rows. Split it into files of at most 20000 rows each."));
    }

    @Test
    void tooManyColumnsAndTooLongACellAreRefusedNamingTheCell() {
        String wide = "Title" + ",x".repeat(SheetReader.MAX_COLUMNS) + "\n";
        String longCell = "Title,Notes\nA," + "y".repeat(SheetReader.MAX_CELL + 1) + "\n";

        Refusal columns = assertThrows(Refusal.class,
                () -> SheetReader.read(TestFiles.text(wide, StandardCharsets.UTF_8, false), "a.csv", null, null));
        Refusal cell = assertThrows(Refusal.class,
                () -> SheetReader.read(TestFiles.text(longCell, StandardCharsets.UTF_8, false), "a.csv", null, null));

        assertThat(org.pacta.platform.ProblemMapper.statusOf(columns.reason()), equalTo(413));
        assertThat(columns.getMessage(), containsString("Row 1 has a value in column 201, beyond the 200 columns"));
        assertThat(org.pacta.platform.ProblemMapper.statusOf(cell.reason()), equalTo(413));
        assertThat(cell.getMessage(), containsString("The cell in row 2, column 2 holds more than 32767 characters"));
    }

    @Test
    void aFileOfBlankLinesHoldsNoValues() {
        Refusal e = assertThrows(Refusal.class,
                () -> SheetReader.read(TestFiles.text("\n ; ;\n\n", StandardCharsets.UTF_8, false), "a.csv", null, null));

        assertThat(e.getMessage(), equalTo("The file holds no values: every row is empty."));
    }
}
