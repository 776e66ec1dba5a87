package org.pacta.sheet;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Map;

/**
 * The text of an uploaded file, in the encoding chosen or found. Found in this order: a byte order mark; UTF-16
 * without one, from where its zero bytes fall (every delimiter, digit and line end of a UTF-16 table has one, on
 * the same side); valid UTF-8 (plain ASCII included); and otherwise ICU4J's {@link CharsetDetector}, whose answer
 * is taken only among the encodings spreadsheet programs save in for the languages Pacta speaks: Cyrillic goes to
 * windows-1251, Arabic script to windows-1256, Latin to windows-1252, and when nothing fits, windows-1252.
 */
final class TextDecoding {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** ICU's names for what it detects, and the encoding a spreadsheet program would have used for it. */
    private static final Map<String, Charset> DETECTED = Map.of("windows-1251", WINDOWS_1251, "ISO-8859-5", WINDOWS_1251,
            "KOI8-R", WINDOWS_1251, "windows-1252", WINDOWS_1252, "ISO-8859-1", WINDOWS_1252, "windows-1256", WINDOWS_1256,
            "ISO-8859-6", WINDOWS_1256);
    private static final int SAMPLE = 64 * 1024;

    record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            return decodeAs(bytes, charset(chosen.strip()));
        }
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return strictOrBinary(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return strictOrBinary(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16ByZeros(bytes);
        if (utf16 != null) {
            return strictOrBinary(bytes, 0, utf16);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw SheetRefusals.unreadable(r -> r.sheet_binary());
            }
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8.name());
        }
        return lenient(bytes, 0, detect(bytes));
    }

    /** The charset of a name a person chose, or a 422 naming the usual ones. */
    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw SheetRefusals.badChoice("encoding", r -> r.sheet_unknown_encoding(name));
        }
    }

    private static Decoded decodeAs(byte[] bytes, Charset chosen) {
        Charset cs = chosen;
        int skip = 0;
        if (cs.equals(StandardCharsets.UTF_16)) {
            // "UTF-16" alone: the order mark says which end comes first; without one, the zeros do (else Windows' order).
            cs = starts(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : starts(bytes, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE
                    : utf16ByZeros(bytes) == StandardCharsets.UTF_16BE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        if (cs.equals(StandardCharsets.UTF_8) && starts(bytes, 0xEF, 0xBB, 0xBF)
                || cs.equals(StandardCharsets.UTF_16LE) && starts(bytes, 0xFF, 0xFE)
                || cs.equals(StandardCharsets.UTF_16BE) && starts(bytes, 0xFE, 0xFF)) {
            skip = cs.equals(StandardCharsets.UTF_8) ? 3 : 2;
        }
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            long offset = in.position();
            String name = cs.name();
            throw SheetRefusals.badChoice("encoding", r -> r.sheet_wrong_encoding(name, offset));
        }
        return new Decoded(out.flip().toString(), cs.name());
    }

    private static Decoded strictOrBinary(byte[] bytes, int skip, Charset cs) {
        String text = strict(bytes, skip, cs);
        if (text == null) {
            throw SheetRefusals.unreadable(r -> r.sheet_binary());
        }
        return new Decoded(text, cs.name());
    }

    /** The text, or null when the bytes are not in that encoding. */
    private static String strict(byte[] bytes, int skip, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenient(byte[] bytes, int skip, Charset cs) {
        return new Decoded(new String(bytes, skip, bytes.length - skip, cs), cs.name());
    }

    /**
     * UTF-16 without an order mark: in a table, delimiters, digits and line ends are ASCII, and in UTF-16 each
     * has a zero byte, always on the same side. A text in an 8-bit encoding has no zero bytes at all.
     */
    static Charset utf16ByZeros(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = n / 2;
        if (odd * 20 >= half && even * 10 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even * 20 >= half && odd * 10 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset cs = DETECTED.get(match.getName());
            if (cs != null) {
                return cs;
            }
        }
        return WINDOWS_1252;
    }

    /** Whether the file begins with these bytes (a byte order mark, a format's magic number). */
    static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
