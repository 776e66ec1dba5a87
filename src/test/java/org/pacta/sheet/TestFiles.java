package org.pacta.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Files as people upload them, written here: workbooks through fastexcel's writer (as a program would save them),
 * hand-made workbook archives for what no writer produces (cached formula values, hostile parts), and text in
 * the encodings spreadsheet programs save in.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A workbook with the given sheets, each filled by its writer, in order. */
    @SafeVarargs
    public static byte[] xlsx(Map.Entry<String, Consumer<Worksheet>>... sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Pacta tests", "1.0");
            for (Map.Entry<String, Consumer<Worksheet>> sheet : sheets) {
                sheet.getValue().accept(wb.newWorksheet(sheet.getKey()));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Map.Entry<String, Consumer<Worksheet>> sheet(String name, Consumer<Worksheet> writer) {
        return Map.entry(name, writer);
    }

    /** A date cell formatted as people format dates. */
    public static void date(Worksheet ws, int row, int col, LocalDate date, String format) {
        ws.value(row, col, date);
        ws.style(row, col).format(format).set();
    }

    /**
     * The action plan of the issue, as a ministry keeps it: a title and a blank row above the header, numbering
     * that makes the hierarchy ("1", "1.1"), the lead agency written once per group and merged down (the cells
     * below are blank), deadlines as date cells in two formats, and an undated target.
     */
    public static byte[] actionPlanXlsx() {
        return xlsx(sheet("Plan", ws -> {
            ws.value(0, 0, "Action plan 2024–2026");
            ws.range(0, 0, 0, 4).merge();
            String[] header = {"No.", "Action", "Lead agency", "Deadline", "Status"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            ws.value(3, 0, "1");
            ws.value(3, 1, "Publish the open data strategy");
            ws.value(3, 2, "GSA and OMB");
            ws.range(3, 2, 5, 2).merge();
            date(ws, 3, 3, LocalDate.of(2024, 12, 31), "yyyy-mm-dd");
            ws.value(3, 4, "In progress");
            ws.value(4, 0, "1.1");
            ws.value(4, 1, "Consult the public");
            date(ws, 4, 3, LocalDate.of(2024, 3, 31), "dd.mm.yyyy");
            ws.value(4, 4, "Complete");
            ws.value(5, 0, "1.2");
            ws.value(5, 1, "Draft the strategy");
            ws.value(5, 3, "Ongoing");
            ws.value(6, 0, 2);
            ws.value(6, 1, "Open the spending data");
            ws.value(6, 2, "Treasury");
            date(ws, 6, 3, LocalDate.of(2025, 6, 30), "d mmm yyyy");
            ws.value(6, 4, "Not started");
        }));
    }

    /**
     * A workbook made by hand, for what no writer produces: one sheet "Data" with the given sheetData content, and
     * the shared strings given (none: no shared strings part).
     */
    public static byte[] rawXlsx(String sheetData, String... sharedStrings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + (sharedStrings.length == 0 ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        if (sharedStrings.length > 0) {
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String s : sharedStrings) {
                sst.append("<si><t>").append(s).append("</t></si>");
            }
            parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        }
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        // Style 1 is Excel's built-in short date (format 14), style 2 a percentage (format 9).
        parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"9\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zip(bytes);
    }

    /** A ZIP archive of the given entries, compressed. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text in an encoding, optionally after its byte order mark. */
    public static byte[] text(String text, Charset cs, boolean bom) {
        byte[] body = text.getBytes(cs);
        if (!bom) {
            return body;
        }
        byte[] mark = cs.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    /**
     * A plan of at least {@code bytes} bytes of UTF-8 CSV: commitments 1, 2, ... each with one milestone (1.1), a lead
     * agency, a deadline and a description long enough that a few thousand rows make megabytes.
     */
    public static byte[] largePlanCsv(int bytes) {
        StringBuilder csv = new StringBuilder("Ref,Title,Lead agency,Deadline,Status,Description\n");
        String words = "Agencies publish the data sets listed in the inventory, with their licences, update schedules and"
                + " contact points, and report each quarter on what was released, what was withheld and why. ";
        for (int i = 1; csv.length() < bytes; i++) {
            csv.append(i).append(",Open data commitment ").append(i).append(",Ministry of Finance,2026-12-31,In progress,\"")
                    .append(words.repeat(3)).append(i).append("\"\n");
            csv.append(i).append(".1,First release of commitment ").append(i).append(",Statistics office,30.06.2026,Not started,\"")
                    .append(words.repeat(3)).append("\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The data rows of a {@link #largePlanCsv(int)} file. */
    public static int largePlanRows(byte[] csv) {
        int lines = 0;
        for (byte b : csv) {
            lines += b == '\n' ? 1 : 0;
        }
        return lines - 1;
    }

    /** The Russian plan as Excel with Russian settings saves it: windows-1251, semicolons, a decimal comma. */
    public static final String RUSSIAN_PLAN = "№;Мероприятие;Ответственный исполнитель;Срок исполнения;Статус\r\n"
            + "1;Подготовить проект соглашения о сотрудничестве;Минэкономразвития России;31.12.2024;В работе\r\n"
            + "1.1;Согласовать проект с ведомствами;Минэкономразвития России;30.09.2024;Выполнено\r\n"
            + "2;\"Провести заседание рабочей группы; подготовить протокол\";МИД России;1 квартал 2025;Не начато\r\n"
            + "3;Увеличить товарооборот до 2,5 млрд долл.;Минфин России;31.03.2025;Не начато\r\n";

    /** The Persian plan: UTF-8 with a byte order mark, Persian headers, Solar Hijri dates in Persian digits. */
    public static final String PERSIAN_PLAN = "ردیف,عنوان,دستگاه مسئول,مهلت,وضعیت\n"
            + "۱,برگزاری نشست کمیسیون مشترک,وزارت امور خارجه,۱۴۰۳/۱۰/۱۱,در حال انجام\n"
            + "۲,امضای یادداشت تفاهم گمرکی,گمرک جمهوری اسلامی ایران,۱۴۰۴/۰۳/۳۱,انجام شد\n";

    /**
     * An English plan under a title and a blank row: month-name dates, a quarter, undated targets, and a deadline
     * revised with its reason beside the original one.
     */
    public static final String ENGLISH_PLAN = "Open Government National Action Plan — commitments and milestones\r\n"
            + "\r\n"
            + "Ref,Commitment,Lead agency,Original deadline,Revised deadline,Reason for revision,Status,Completed on,Evidence\r\n"
            + "1,Launch the open contracting portal,GSA and OMB,\"March 31, 2024\",\"September 30, 2024\","
            + "Procurement of the platform took longer than planned,Complete,\"August 15, 2024\",https://example.org/portal\r\n"
            + "1.1,Publish the open contracting data standard,GSA,,Q1 2024,,Complete,\"March 20, 2024\",\r\n"
            + "1.2,Train contracting officers,GSA,,June 2024,,In progress,,\r\n"
            + "2,Review the FOIA regulations,DOJ,,December 2024,,In progress,,\r\n"
            + "3,Train agency staff in plain language,OPM,,Ongoing,,In progress,,\r\n"
            + "4,Issue guidance on beneficial ownership,Treasury,,90 days after guidance,,Not started,,\r\n";
}
