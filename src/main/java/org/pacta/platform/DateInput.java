package org.pacta.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a person or a client may type it: ISO {@code 2026-10-15}, or Solar Hijri {@code 1405/07/23} (also
 * {@code 1405-07-23}), in Latin, Persian (۰–۹) or Arabic-Indic (٠–٩) digits. A year below 1700 is a Solar Hijri
 * year: no Gregorian date Pacta keeps is that early, and no Solar Hijri one that late. ICU does the conversion.
 */
public final class DateInput {

    /** The forms a date may take, for messages. */
    public static final String FORMS = "YYYY-MM-DD, or Solar Hijri YYYY/MM/DD";

    private static final int SOLAR_HIJRI_BELOW = 1700;
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    private DateInput() {
    }

    /** The date, or a DateTimeException when the text is no date or names a day its calendar does not have. */
    public static LocalDate parse(String text) {
        String latin = latinDigits(text.strip());
        Matcher m = SHAPE.matcher(latin);
        if (!m.matches()) {
            throw new DateTimeException("Not a date: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        if (year < SOLAR_HIJRI_BELOW) {
            return SolarHijri.toGregorian(year, month, day);
        }
        if (!m.group(2).equals("-") || m.group(3).length() != 2 || m.group(4).length() != 2) {
            // Gregorian dates are ISO only: 2026/10/15 could be read either way round by someone.
            throw new DateTimeException("Not an ISO date: " + text);
        }
        return LocalDate.of(year, month, day);
    }

    /** The text with Persian and Arabic-Indic digits replaced by Latin ones. */
    public static String latinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A Gregorian date written the Solar Hijri way, {@code 1405/07/23}, in Latin digits. */
    public static String solarHijri(LocalDate date) {
        SolarHijri.Date d = SolarHijri.of(date);
        return String.format(java.util.Locale.ROOT, "%04d/%02d/%02d", d.year(), d.month(), d.day());
    }
}
