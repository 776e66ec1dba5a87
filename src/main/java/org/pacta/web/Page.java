package org.pacta.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.pacta.platform.DateInput;
import org.pacta.security.CurrentUser;

/**
 * What every page needs to know about the person reading it: their language (their choice, else the browser's),
 * its direction, their time zone, and how dates read in it.
 */
@RequestScoped
public class Page {

    public static final List<String> LANGUAGES = org.pacta.platform.Languages.SUPPORTED;
    public static final String LANGUAGE_COOKIE = "pacta-lang";

    @Inject
    CurrentUser user;

    @Inject
    HttpServerRequest request;

    @Inject
    java.time.Clock clock;

    private String lang;
    private String calendar;
    /** ICU's formats for this page's reader, made once a request: a report page formats hundreds of dates. */
    private DateFormat icuDate;
    private DateFormat icuDateTime;

    public CurrentUser user() {
        return user;
    }

    public String lang() {
        if (lang == null) {
            lang = resolveLanguage();
        }
        return lang;
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    public boolean rtl() {
        return "fa".equals(lang());
    }

    public String dir() {
        return rtl() ? "rtl" : "ltr";
    }

    public ZoneId zone() {
        return user.zone();
    }

    public String path() {
        return request.path();
    }

    /** The current address, to come back to after switching language. */
    public String here() {
        String q = request.query();
        return request.path() + (q == null || q.isBlank() ? "" : "?" + q);
    }

    public String hereEncoded() {
        return java.net.URLEncoder.encode(here(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether this page is exactly {@code path}. */
    public boolean at(String path) {
        return request.path().equals(path);
    }

    /** Whether this page is {@code prefix} or below it, for marking the current section in the navigation. */
    public boolean under(String prefix) {
        return request.path().equals(prefix) || request.path().startsWith(prefix + "/");
    }

    public boolean signedIn() {
        return !user.isAnonymous();
    }

    public boolean admin() {
        return user.isAdmin();
    }

    public boolean canEdit() {
        return user.isAdmin() || user.isOfficial();
    }

    /**
     * The calendar dates read in: the one the reader chose on their account, else their language's own (Solar
     * Hijri for Persian, Gregorian for the others).
     */
    public String calendar() {
        if (calendar == null) {
            String chosen = user.calendar();
            calendar = chosen != null ? chosen : "fa".equals(lang()) ? "persian" : "gregorian";
        }
        return calendar;
    }

    public boolean solarHijri() {
        return "persian".equals(calendar());
    }

    /** The reader's language and calendar for ICU, which does every Solar Hijri conversion and name. */
    ULocale icuLocale() {
        return new ULocale(lang() + "@calendar=" + calendar());
    }

    public String date(Instant instant) {
        return instant == null ? "" : dateAt(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateAt(date.atTime(12, 0).atZone(ZoneOffset.UTC));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeAt(instant.atZone(zone()));
    }

    private String dateAt(ZonedDateTime at) {
        if (!solarHijri()) {
            return localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(at);
        }
        if (icuDate == null) {
            icuDate = DateFormat.getDateInstance(DateFormat.MEDIUM, icuLocale());
        }
        return icu(icuDate, at);
    }

    private String dateTimeAt(ZonedDateTime at) {
        if (!solarHijri()) {
            return localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)).format(at);
        }
        if (icuDateTime == null) {
            icuDateTime = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, icuLocale());
        }
        return icu(icuDateTime, at);
    }

    private static String icu(DateFormat format, ZonedDateTime at) {
        format.setTimeZone(TimeZone.getTimeZone(at.getZone().getId()));
        return format.format(new java.util.Date(at.toInstant().toEpochMilli()));
    }

    /** A date as a date field shows it: in the Solar Hijri calendar as the reader writes it (۱۴۰۵/۰۷/۲۳), else ISO. */
    public String dateField(LocalDate date) {
        if (date == null) {
            return "";
        }
        return solarHijri() ? digits(DateInput.solarHijri(date)) : date.toString();
    }

    /** How a date field asks to be written in the reader's calendar, with an example ("۱۴۰۳/۱۰/۱۱"). */
    public String dateHint() {
        return digits("1403/10/11");
    }

    /**
     * A deadline from today in the reader's zone, by ICU: "in 3 days", "через 3 дня", "۳ روز دیگر", "5 days ago",
     * "today". The minute before the deadline counts, so a date's end (the next midnight) is that date.
     */
    public String relativeDays(Instant at) {
        if (at == null) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), zone()),
                LocalDate.ofInstant(at.minusSeconds(60), zone()));
        RelativeDateTimeFormatter f = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale()));
        if (days == 0) {
            return f.format(RelativeDateTimeFormatter.Direction.THIS, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
        }
        return f.format(Math.abs(days), days > 0 ? RelativeDateTimeFormatter.Direction.NEXT : RelativeDateTimeFormatter.Direction.LAST,
                RelativeDateTimeFormatter.RelativeUnit.DAYS);
    }

    /**
     * Month ticks for a time axis from {@code from} to {@code to}, in the reader's calendar: Solar Hijri months start
     * on their own days. At most about a dozen: over a long span every second, third, sixth or twelfth month.
     */
    public List<Charts.Tick> monthTicks(Instant from, Instant to) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone(zone().getId()), icuLocale());
        calendar.setTimeInMillis(from.toEpochMilli());
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        calendar.set(Calendar.HOUR_OF_DAY, 0);
        calendar.set(Calendar.MINUTE, 0);
        calendar.set(Calendar.SECOND, 0);
        calendar.set(Calendar.MILLISECOND, 0);
        long months = Math.max(1, java.time.Duration.between(from, to).toDays() / 30);
        int step = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        DateFormat label = DateFormat.getInstanceForSkeleton("MMMy", icuLocale());
        label.setTimeZone(TimeZone.getTimeZone(zone().getId()));
        List<Charts.Tick> ticks = new java.util.ArrayList<>();
        calendar.add(Calendar.MONTH, 1);
        while (calendar.getTimeInMillis() < to.toEpochMilli()) {
            if (calendar.get(Calendar.MONTH) % step == 0) {
                ticks.add(new Charts.Tick(Instant.ofEpochMilli(calendar.getTimeInMillis()), label.format(calendar.getTime())));
            }
            calendar.add(Calendar.MONTH, 1);
        }
        return ticks;
    }

    /**
     * A Gregorian month's name ("February 2026"); in the Solar Hijri calendar with the Solar Hijri months it spans
     * ("فوریه ۲۰۲۶ (بهمن – اسفند ۱۴۰۴)"), as the calendar page's grid stays Gregorian.
     */
    public String monthTitle(java.time.YearMonth month) {
        String gregorian = localized(DateTimeFormatter.ofPattern("LLLL yyyy")).format(month);
        if (!solarHijri()) {
            return gregorian;
        }
        return gregorian + " (" + solarMonthTitle(month.atDay(1)) + " – " + solarMonthTitle(month.atEndOfMonth()) + ")";
    }

    /** A formatter in the reader's language, digits included (java.time writes Latin digits unless told). */
    public DateTimeFormatter localized(DateTimeFormatter formatter) {
        return formatter.withLocale(locale()).withDecimalStyle(DecimalStyle.of(locale()));
    }

    /** A number or a time Pacta wrote as text ("08:00"), in the reader's digits. */
    public String digits(String text) {
        return Numerals.digits(text, locale());
    }

    /** A number in the reader's digits, for text built in Java. */
    public String num(Object value) {
        return Numerals.of(value, locale());
    }

    /**
     * A deadline as the reader needs it: in the responsible party's zone, and in the reader's own zone when that
     * differs ("31 Mar 2026, 23:59 Asia/Tehran — 31 Mar 2026, 23:29 your time").
     */
    public Due due(Instant dueAt, String dueZone, boolean dateOnly) {
        ZoneId partyZone = ZoneId.of(dueZone);
        ZonedDateTime there = (dateOnly ? dueAt.minusSeconds(60) : dueAt).atZone(partyZone);
        String local = dateTimeAt(there) + " " + zoneName(partyZone);
        String mine = partyZone.getRules().equals(zone().getRules()) ? null : dateTimeAt(there.withZoneSameInstant(zone()));
        return new Due(local, mine, dueAt.toString());
    }

    /** The same, for views that carry the local due date only when the deadline was given as a date. */
    public Due dueDated(Instant dueAt, String dueZone, LocalDate dueDate) {
        return due(dueAt, dueZone, dueDate != null);
    }

    /**
     * A deadline as the plan named it: a month, quarter or year as that period ("December 2024", "Q4 2024", "2024"),
     * a day or a moment as {@link #due}. Null for an undated item, whose words the page shows instead.
     */
    public Due deadline(Instant dueAt, String dueZone, LocalDate dueDate, org.pacta.commitment.DuePrecision precision) {
        if (dueAt == null) {
            return null;
        }
        if (precision != null && precision != org.pacta.commitment.DuePrecision.DAY && dueDate != null) {
            return new Due(period(precision, dueDate), null, dueAt.toString());
        }
        return due(dueAt, dueZone, dueDate != null);
    }

    /**
     * The period of {@code precision} that ends on {@code lastDay}, in the reader's language and digits. Periods are
     * Gregorian (a plan's Solar Hijri month is imported as its last day), so they keep their Gregorian name; a reader
     * of Solar Hijri also reads the last day in their calendar ("دسامبر ۲۰۲۶ (تا ۱۰ دی ۱۴۰۵)"), as renaming the
     * period would move its deadline.
     */
    public String period(org.pacta.commitment.DuePrecision precision, LocalDate lastDay) {
        String named = switch (precision) {
            case DAY -> null;
            case MONTH -> localized(DateTimeFormatter.ofPattern("LLLL yyyy")).format(lastDay);
            case QUARTER -> Messages.of(this).quarter_of(num(org.pacta.commitment.DuePrecision.quarter(lastDay)),
                    digits(String.valueOf(lastDay.getYear())));
            case HALF -> Messages.of(this).half_of(num(org.pacta.commitment.DuePrecision.half(lastDay)),
                    digits(String.valueOf(lastDay.getYear())));
            case YEAR -> digits(String.valueOf(lastDay.getYear()));
        };
        if (named == null) {
            return date(lastDay);
        }
        return solarHijri() ? Messages.cal(this).period_ends(named, date(lastDay)) : named;
    }

    /** The Solar Hijri month a day falls in, in the reader's language ("بهمن ۱۳۹۸", "Bahman 1398 AP"). */
    public String solarMonthTitle(LocalDate day) {
        ULocale locale = new ULocale(lang() + "@calendar=persian");
        // Persian names the month before the year, as Iranian documents do; ICU's pattern puts it after.
        DateFormat format = "fa".equals(lang()) ? new com.ibm.icu.text.SimpleDateFormat("LLLL y", locale)
                : DateFormat.getInstanceForSkeleton("yLLLL", locale);
        return icu(format, day.atTime(12, 0).atZone(ZoneOffset.UTC));
    }

    /** Both readings of a deadline, and the instant for a machine-readable time element. */
    public record Due(String there, String yours, String iso) {
    }

    private static String zoneName(ZoneId zone) {
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
    }

    private String resolveLanguage() {
        String chosen = user.language();
        if (chosen != null && LANGUAGES.contains(chosen)) {
            return chosen;
        }
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        if (cookie != null && LANGUAGES.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        // A header that cannot be parsed never gets here (platform.AcceptLanguageRepair): the page speaks English.
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
            if (best != null) {
                return best;
            }
        }
        return "en";
    }
}
