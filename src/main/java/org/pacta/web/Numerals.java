package org.pacta.web;

import io.quarkus.qute.TemplateExtension;
import java.time.format.DecimalStyle;
import java.util.Locale;

/**
 * Numbers as the reader's language writes them: Persian pages use Persian digits (۰–۹), the others Latin ones.
 * Only what Pacta computes is rewritten (counts, days, percentages, ids, dates); text a person typed is shown as
 * typed, and values meant for machines (form values, addresses, datetime attributes, CSV) are never passed here.
 */
public final class Numerals {

    private Numerals() {
    }

    /** {@code {n.num}} in a template (pages and message bundles): the value in the digits of the template's locale. */
    @TemplateExtension
    static String num(Object value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale l = locale instanceof Locale given ? given : locale == null ? Locale.ROOT : Locale.forLanguageTag(locale.toString());
        return of(value, l);
    }

    /** A computed value (a number, a date) in the locale's digits; text is returned as it is. */
    public static String of(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return value instanceof CharSequence ? text : digits(text, locale);
    }

    /** Latin digits of a string Pacta built replaced by the locale's own. */
    public static String digits(String text, Locale locale) {
        char zero = DecimalStyle.of(locale).getZeroDigit();
        if (zero == '0' || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }
}
