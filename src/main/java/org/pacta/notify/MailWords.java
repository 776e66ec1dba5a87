package org.pacta.notify;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.pacta.platform.Languages;

/**
 * What a message says in its reader's language beyond the {@link MailMsg} words: counts of days, hours and minutes
 * by ICU's plural rules ("1 день", "2 дня", "5 дней", "۲ روز"), dates by ICU's formats (Solar Hijri with Persian
 * digits for Persian readers), and isolation of mixed-direction fragments in right-to-left messages.
 */
public final class MailWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final String lang;
    private final ULocale locale;

    private MailWords(String lang) {
        this.lang = lang;
        this.locale = icu(lang);
    }

    public static MailWords of(String lang) {
        return new MailWords(Languages.orEnglish(lang));
    }

    public String lang() {
        return lang;
    }

    public boolean rtl() {
        return "fa".equals(lang);
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    public MailMsg msg() {
        return "en".equals(lang) ? MessageBundles.get(MailMsg.class) : MessageBundles.get(MailMsg.class, Localized.Literal.of(lang));
    }

    /** Persian readers read the Solar Hijri calendar. */
    static ULocale icu(String lang) {
        return switch (Languages.orEnglish(lang)) {
            case "fa" -> new ULocale("fa_IR@calendar=persian");
            case "ru" -> new ULocale("ru_RU");
            default -> ULocale.ENGLISH;
        };
    }

    public String days(long count) {
        return measure(count, MeasureUnit.DAY);
    }

    public String hours(long count) {
        return measure(count, MeasureUnit.HOUR);
    }

    public String minutes(long count) {
        return measure(count, MeasureUnit.MINUTE);
    }

    private String measure(long count, MeasureUnit unit) {
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE).format(new Measure(count, unit));
    }

    /** The plural category of a count in this language ("one", "few", "many", "other"). */
    public String plural(long count) {
        return PluralRules.forLocale(locale).select(count);
    }

    /** A count in the language's digits. */
    public String number(long count) {
        return com.ibm.icu.text.NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** A calendar day: "Mon 12 Oct 2026" in English (as before), "12 октября 2026 г.", "۲۰ مهر ۱۴۰۵". */
    public String date(LocalDate day) {
        if ("en".equals(lang)) {
            return DAY.format(day);
        }
        DateFormat f = DateFormat.getDateInstance(DateFormat.LONG, locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A moment in a zone, to the minute. */
    public String dateTime(ZonedDateTime at) {
        if ("en".equals(lang)) {
            return DAY_TIME.format(at);
        }
        DateFormat f = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, locale);
        f.setTimeZone(TimeZone.getTimeZone(at.getZone().getId()));
        return f.format(Date.from(at.toInstant()));
    }

    /** The day of a moment in a zone. */
    public String date(Instant at, ZoneId zone) {
        return at == null ? "" : date(LocalDate.ofInstant(at, zone == null ? ZoneOffset.UTC : zone));
    }

    /** A fragment of another direction (a title, a code, a date) isolated for plain text: FSI … PDI around it. */
    public String isolate(String text) {
        return text == null || !rtl() ? text : "\u2068" + text + "\u2069";
    }

    /** What happened to a commitment since the last review, in this language; English keeps the API's words. */
    public String change(Briefing.Change c) {
        if ("en".equals(lang) || c.status() == null && c.to() == null) {
            return c.what();
        }
        if (c.status() != null) {
            String progress = msg().change_progress(status(c.status()), c.percent() == null ? 0 : c.percent());
            return c.note() == null ? progress : progress + " — " + isolate(c.note());
        }
        String to = dateTime(c.to().atZone(ZoneOffset.UTC));
        String moved = c.from() == null ? msg().change_first_date(isolate(c.undatedBefore()), to)
                : msg().change_moved(dateTime(c.from().atZone(ZoneOffset.UTC)), to);
        return moved + ": " + isolate(c.reason());
    }

    /** {@code {c.changeText}}: a briefing's change in the template's language. */
    @TemplateExtension
    static String changeText(Briefing.Change change, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return ofLocale(locale).change(change);
    }

    static MailWords ofLocale(Object locale) {
        return of(locale instanceof Locale l ? l.getLanguage() : locale == null ? "en" : locale.toString());
    }

    /** A commitment's status as the reader's pages name it ("В работе", "در حال انجام"); English keeps the enum name. */
    public String status(String status) {
        return status == null || "en".equals(lang) ? status
                : msg().status_word(status);
    }

    /** {@code {r.status.statusWord}}: a status in the template's language. */
    @TemplateExtension
    static String statusWord(String status, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return ofLocale(locale).status(status);
    }

    /** {@code {n.dayCount}}: a number of days with the plural and digits of the template's language (pages and mail). */
    @TemplateExtension
    static String dayCount(Number count, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return count == null ? "" : ofLocale(locale).days(count.longValue());
    }

    /** {@code {at.mailDate}}: the day of a moment, as the template's language writes it (UTC). */
    @TemplateExtension
    static String mailDate(Instant at, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return at == null ? "" : ofLocale(locale).date(at, ZoneOffset.UTC);
    }

    /** {@code {title.mailBdi}}: HTML-escaped text, isolated in {@code <bdi>} in a right-to-left message. */
    @TemplateExtension
    static RawString mailBdi(String text, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        String escaped = escape(text == null ? "" : text.toString());
        return new RawString(ofLocale(locale).rtl() ? "<bdi>" + escaped + "</bdi>" : escaped);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
