package org.pacta.web;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * Counts of days in the reader's language, with its plural rules and digits, by ICU: "1 день", "2 дня", "5 дней",
 * "21 день"; "۵ روز"; "1 day", "5 days".
 */
public final class Counts {

    private Counts() {
    }

    /** {@code {n.dayCount}} in a template or a message bundle. */
    @TemplateExtension
    static String dayCount(Number days, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale l = locale instanceof Locale given ? given : locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
        return days(days, l);
    }

    public static String days(Number days, Locale locale) {
        return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.WIDE)
                .format(new Measure(days, MeasureUnit.DAY));
    }
}
