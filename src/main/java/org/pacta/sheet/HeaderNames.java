package org.pacta.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Header names as people type them, made comparable: "Due date", "DUE-DATE" and "due_date" are one name, and so
 * are Persian names typed with Arabic letters (ي, ك) or with a zero-width non-joiner, and Russian ones with "ё".
 */
final class HeaderNames {

    private HeaderNames() {
    }

    /** The name to show: trimmed, with line breaks and runs of spaces as one space. */
    static String display(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ");
    }

    /** The words of a name, lower case, without punctuation; "№" reads as "no". */
    static List<String> words(String header) {
        String s = fold(header);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /**
     * The name as one comparable key: its words run together. A name of symbols only ("#") is kept as those
     * symbols, so that it can still be told apart from an empty one.
     */
    static String key(String header) {
        String joined = String.join("", words(header));
        return joined.isEmpty() ? fold(header).replaceAll("\\s+", "") : joined;
    }

    private static String fold(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ё' -> out.append('е');
                case 'ي', 'ى' -> out.append('ی');
                case 'ك' -> out.append('ک');
                case 'ة' -> out.append('ه');
                // Tatweel, zero-width (non-)joiners, direction marks and embeddings: invisible, not part of the name.
                case '\u0640', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
                        '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF' -> {
                }
                default -> {
                    if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
                        continue; // Arabic vowel marks
                    }
                    out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
                }
            }
        }
        return out.toString();
    }
}
