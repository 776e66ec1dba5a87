package org.pacta.sheet;

import java.util.Locale;

/**
 * Text from spreadsheets as Pacta reads it: digits of any script (Persian ۰–۹, Arabic-Indic ٠–٩, …) become Latin,
 * Arabic and Persian separators become their Latin counterparts, and the invisible direction marks that right-to-left
 * editors put around numbers are dropped. Words are compared through {@link #key}, which also folds the letter
 * variants Persian text is typed with (Arabic ي and ك for Persian ی and ک, hamza forms, ё for е).
 */
public final class Digits {

    private Digits() {
    }

    /** The text with Latin digits and separators, its words untouched; null stays null. */
    public static String latin(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
                continue;
            }
            switch (c) {
                case '\u066B' -> out.append('.'); // Arabic decimal separator
                case '\u066C', '\u060C' -> out.append(','); // Arabic thousands separator, Arabic comma
                case '\u060D', '\u2044', '\u2215' -> out.append('/'); // Arabic date separator, fraction and division slashes
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> out.append('-');
                case '\u00A0', '\u2007', '\u202F', '\u3000' -> out.append(' ');
                case '\u200E', '\u200F', '\u061C', '\u200D', '\u2060', '\uFEFF', '\u202A', '\u202B', '\u202C', '\u202D',
                        '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' -> {
                    // direction and joining marks carry no meaning in a value
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text as words to match: {@link #latin}, lower case, Persian and Russian letter variants folded, Arabic
     * diacritics and the kashida dropped, the zero-width non-joiner (برنامه‌ریزی) read as a space, and runs of
     * spaces made one. Punctuation is kept.
     */
    public static String words(String text) {
        if (text == null) {
            return null;
        }
        String latin = latin(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(latin.length());
        boolean space = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = fold(latin.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Only the letters and digits of {@link #words}: "In progress", "in-progress" and "IN_PROGRESS" share a key. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String words = words(text);
        StringBuilder out = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One character of {@link #words}: its folded form, a space, or 0 to drop it. */
    private static char fold(char c) {
        return switch (c) {
            case '\u064A', '\u0649', '\u06CC' -> 'ی'; // Arabic yeh, alef maksura, Farsi yeh
            case '\u0643' -> 'ک'; // Arabic kaf
            case '\u0629', '\u06C0' -> 'ه'; // teh marbuta, heh with yeh above
            case '\u0623', '\u0625', '\u0622', '\u0671' -> 'ا'; // alef with hamza or madda
            case '\u0624' -> 'و';
            case 'ё' -> 'е';
            case '\u200C' -> ' '; // zero-width non-joiner: برنامه‌ریزی and برنامه ریزی are one word
            case '\u0640' -> 0; // kashida
            default -> (c >= '\u064B' && c <= '\u065F') || c == '\u0670' ? 0 : c; // harakat, hamza above, dagger alef
        };
    }
}
