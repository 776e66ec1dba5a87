package org.pacta.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.pacta.platform.Refusal;

/**
 * Looks inside a ZIP file before fastexcel reads it, so that no workbook can make the reader exhaust memory. A
 * 1 MiB upload can unpack to gigabytes, and fastexcel trusts what it unpacks: it builds each text node as one
 * string, each row as a list as long as its last cell's column (a cell at column "ZZZZZZ" asks for a list of 321
 * million entries: found by a test, an OutOfMemoryError from a 600-byte file), and reads the shared strings up to
 * the highest one a cell names. So every part is unpacked here once, counting the bytes it really unpacks to
 * (not the sizes the archive declares), and the XML parts are scanned as a stream, holding nothing: at most
 * {@link #MAX_UNPACKED} bytes in all, no text or tag longer than {@link #MAX_TEXT_RUN}, no element deeper than
 * {@link #MAX_DEPTH}, no row with more than {@link #MAX_CELLS_PER_ROW} cells or a cell beyond column XFD, which is
 * what Excel itself allows. A file within these reads in bounded memory.
 */
final class XlsxGuard {

    static final int MAX_UNPACKED_MIB = 40;
    static final long MAX_UNPACKED = MAX_UNPACKED_MIB * 1024L * 1024;
    static final int MAX_TEXT_RUN = 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_CELLS_PER_ROW = 16_384;
    private static final int MAX_ROW_NUMBER = 1_048_576;
    private static final Pattern CELL_REF = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");
    private static final String MAIN = "spreadsheetml.sheet.main+xml";
    private static final String MACRO_MAIN = "ms-excel.sheet.macroEnabled.main+xml";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    enum Kind { XLSX, ODS, OTHER }

    /** What the ZIP file is, and for a workbook whether it has a styles part (number formats, hence dates). */
    record Package(Kind kind, boolean hasStyles) {
    }

    private XlsxGuard() {
    }

    static Package inspect(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Budget budget = new Budget();
            ZipArchiveEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && text(zip, mimetype, budget).startsWith(ODS)) {
                return new Package(Kind.ODS, false);
            }
            ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
            String contentTypes = types == null ? "" : text(zip, types, budget);
            boolean workbook = contentTypes.contains(MAIN) || contentTypes.contains(MACRO_MAIN)
                    || zip.getEntry("xl/workbook.xml") != null;
            if (!workbook) {
                return new Package(Kind.OTHER, false);
            }
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                try (InputStream in = new Counting(zip.getInputStream(entry), budget, xml)) {
                    if (xml) {
                        scan(factory, in);
                    } else {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
            return new Package(Kind.XLSX, contentTypes.contains("spreadsheetml.styles+xml"));
        } catch (Refusal e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // A broken archive or XML part: commons-compress and the XML parser may fail in many ways on hostile
            // input, and none of their words is for the person who uploaded the file.
            throw SheetRefusals.unreadable(r -> r.sheet_damaged());
        }
    }

    private static String text(ZipFile zip, ZipArchiveEntry entry, Budget budget) throws IOException {
        try (InputStream in = new Counting(zip.getInputStream(entry), budget, true)) {
            return new String(in.readNBytes(MAX_TEXT_RUN), StandardCharsets.UTF_8);
        }
    }

    private static void scan(XMLInputFactory factory, InputStream in) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            int depth = 0;
            int rowDepth = -1;
            int cells = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw damaged();
                    }
                    String local = xml.getLocalName();
                    if (local.equals("row") && rowDepth < 0) {
                        rowDepth = depth;
                        cells = 0;
                    } else if (local.equals("c")) {
                        if (rowDepth >= 0 && ++cells > MAX_CELLS_PER_ROW) {
                            throw damaged();
                        }
                        checkReference(xml.getAttributeValue(null, "r"));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == rowDepth) {
                        rowDepth = -1;
                    }
                    depth--;
                }
            }
        } finally {
            xml.close();
        }
    }

    /** A cell's address ("B7"), if it has one, must be one Excel could have written. */
    private static void checkReference(String ref) {
        if (ref == null) {
            return;
        }
        Matcher m = CELL_REF.matcher(ref);
        if (!m.matches()) {
            throw damaged();
        }
        int column = 0;
        for (char c : m.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        if (column > MAX_CELLS_PER_ROW || Integer.parseInt(m.group(2)) > MAX_ROW_NUMBER) {
            throw damaged();
        }
    }

    private static Refusal damaged() {
        return SheetRefusals.unreadable(r -> r.sheet_damaged());
    }

    /** Bytes unpacked so far, over all parts. */
    private static final class Budget {
        long used;
    }

    /** Counts what is really unpacked and, in an XML part, the bytes since the last '<' (the longest text or tag). */
    private static final class Counting extends FilterInputStream {
        private final Budget budget;
        private final boolean xml;
        private int sinceTag;

        Counting(InputStream in, Budget budget, boolean xml) {
            super(in);
            this.budget = budget;
            this.xml = xml;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                seen((byte) b);
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                seen(buffer[i]);
            }
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int read = read(new byte[(int) Math.min(Math.max(n, 0), 8192)]);
            return Math.max(read, 0);
        }

        private void seen(byte b) {
            if (!xml) {
                return;
            }
            if (b == '<') {
                sinceTag = 0;
            } else if (++sinceTag > MAX_TEXT_RUN) {
                throw damaged();
            }
        }

        private void add(int n) {
            if (n > 0 && (budget.used += n) > MAX_UNPACKED) {
                throw SheetRefusals.tooLarge(null, null, r -> r.sheet_unpacks_too_large(MAX_UNPACKED_MIB));
            }
        }
    }
}
