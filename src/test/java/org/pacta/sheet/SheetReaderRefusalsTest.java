package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.pacta.platform.Refusal;

/**
 * Files that are not what Pacta reads, or are built to hurt it: each is refused by what it is (never by its
 * name), with a message that says what to do, and none costs more than bounded memory.
 */
class SheetReaderRefusalsTest {

    private static Refusal refused(byte[] file, String name) {
        return assertThrows(Refusal.class, () -> SheetReader.read(file, name, null, null));
    }

    @Test
    void aLegacyXlsIsRefusedByItsContentWhateverItsName() {
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);

        Refusal e = refused(ole2, "plan.csv");

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(400));
        assertThat(e.getMessage(), containsString("old Excel workbook (.xls)"));
        assertThat(e.getMessage(), containsString("save it as .xlsx or CSV"));
    }

    @Test
    void aPdfAWebPageAndGarbageAreRefusedWithWhatToSaveInstead() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<html><body><table><tr><td>Action</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 'G';

        assertThat(refused(pdf, "plan.xlsx").getMessage(), containsString("PDF document, not a spreadsheet"));
        assertThat(refused(html, "plan.xls").getMessage(), containsString("web page or an XML document"));
        Refusal binary = refused(garbage, "plan.csv");
        assertThat(org.pacta.platform.ProblemMapper.statusOf(binary.reason()), equalTo(400));
        assertThat(binary.getMessage(), containsString("neither an Excel workbook nor text"));
    }

    @Test
    void otherZipFilesAreToldApartFromWorkbooks() {
        byte[] ods = TestFiles.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII)));
        byte[] docx = TestFiles.zip(Map.of("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
        byte[] truncated = Arrays.copyOf(TestFiles.actionPlanXlsx(), 300);

        assertThat(refused(ods, "plan.xlsx").getMessage(), containsString("OpenDocument spreadsheet (.ods)"));
        assertThat(refused(docx, "plan.xlsx").getMessage(), containsString("other than an Excel workbook"));
        assertThat(refused(truncated, "plan.xlsx").getMessage(), containsString("damaged"));
    }

    @Test
    void anEmptyFileIsRefused() {
        Refusal e = refused(new byte[0], "plan.csv");

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(400));
        assertThat(e.getMessage(), containsString("The file is empty"));
    }

    @Test
    void aCellAddressBeyondExcelsLastColumnIsRefusedBeforeTheReaderAllocatesARowForIt() {
        // fastexcel sizes a row by its last cell's column: this 600-byte file asked it for 321 million entries.
        byte[] file = TestFiles.rawXlsx("<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>");

        Refusal e = refused(file, "bomb.xlsx");

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(400));
        assertThat(e.getMessage(), containsString("damaged"));
    }

    @Test
    void aWorkbookThatUnpacksToGigabytesIsRefusedWithoutUnpackingThemAll() {
        byte[] bomb = bombWithSheet(200_000_000);
        assertThat("the bomb is small enough to upload", bomb.length, lessThan(1024 * 1024));

        Refusal e = refused(bomb, "bomb.xlsx");

        assertThat(org.pacta.platform.ProblemMapper.statusOf(e.reason()), equalTo(413));
        assertThat(e.getMessage(), containsString("unpacks to more than 40 MiB"));
    }

    @Test
    void aSingleHugeTextInsideTheLimitIsStillRefused() {
        String huge = "x".repeat(3 * 1024 * 1024);
        byte[] file = TestFiles.rawXlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + huge + "</t></is></c></row>");

        assertThat(refused(file, "long.xlsx").getMessage(), containsString("damaged"));
    }

    @Test
    void tooManyCellsInARowAndTooDeepNestingAreRefused() {
        byte[] wide = TestFiles.rawXlsx("<row r=\"1\">" + "<c><v>1</v></c>".repeat(20_000) + "</row>");
        byte[] deep = TestFiles.rawXlsx("<row r=\"1\">" + "<x>".repeat(100) + "</x>".repeat(100) + "</row>");

        assertThat(refused(wide, "wide.xlsx").getMessage(), containsString("damaged"));
        assertThat(refused(deep, "deep.xlsx").getMessage(), containsString("damaged"));
    }

    @Test
    void aSharedStringThatIsNotThereIsAnAnswerNotACrash() {
        // The workbook has no shared strings at all: the cell that names one reads as empty.
        byte[] file = TestFiles.rawXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>999999</v></c></row>");

        assertThat(refused(file, "broken.xlsx").getMessage(), equalTo("The file holds no values: every row is empty."));
        // It has one, and the cell names the sixth: fastexcel reads that as empty too.
        byte[] pastTheEnd = TestFiles.rawXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", "Action");
        assertThat(refused(pastTheEnd, "broken.xlsx").getMessage(), equalTo("The file holds no values: every row is empty."));
        byte[] fine = TestFiles.rawXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>",
                "Action", "Deadline");
        assertThat(SheetReader.read(fine, "fine.xlsx", null, null).columns(), org.hamcrest.Matchers.contains("Action", "Deadline"));
    }

    /** A workbook whose only sheet holds the given number of bytes of empty rows, compressed a thousandfold. */
    private static byte[] bombWithSheet(int bytes) {
        byte[] valid = TestFiles.rawXlsx("");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                if (p.getKey().endsWith("sheet1.xml")) {
                    z.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = "<row/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
                    for (long written = 0; written < bytes; written += chunk.length) {
                        z.write(chunk);
                    }
                    z.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
                } else {
                    z.write(p.getValue());
                }
                z.closeEntry();
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
