package org.pacta.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.pacta.security.CurrentUser;

/**
 * What every page needs to know about the person reading it: their language (their choice, else the browser's),
 * its direction, their time zone, and how dates read in it.
 */
@RequestScoped
public class Page {

    public static final List<String> LANGUAGES = List.of("en", "ru", "fa");
    public static final String LANGUAGE_COOKIE = "pacta-lang";

    @Inject
    CurrentUser user;

    @Inject
    HttpServerRequest request;

    private String lang;

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

    public String date(Instant instant) {
        return instant == null ? "" : localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))
                .format(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT))
                .format(instant.atZone(zone()));
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
        DateTimeFormatter dt = localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
        ZonedDateTime there = (dateOnly ? dueAt.minusSeconds(60) : dueAt).atZone(partyZone);
        String local = dt.format(there) + " " + zoneName(partyZone);
        String mine = partyZone.getRules().equals(zone().getRules()) ? null : dt.format(there.withZoneSameInstant(zone()));
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

    /** The period of {@code precision} that ends on {@code lastDay}, in the reader's language and digits. */
    public String period(org.pacta.commitment.DuePrecision precision, LocalDate lastDay) {
        return switch (precision) {
            case DAY -> date(lastDay);
            case MONTH -> localized(DateTimeFormatter.ofPattern("LLLL yyyy")).format(lastDay);
            case QUARTER -> Messages.of(this).quarter_of(num(org.pacta.commitment.DuePrecision.quarter(lastDay)),
                    digits(String.valueOf(lastDay.getYear())));
            case HALF -> Messages.of(this).half_of(num(org.pacta.commitment.DuePrecision.half(lastDay)),
                    digits(String.valueOf(lastDay.getYear())));
            case YEAR -> digits(String.valueOf(lastDay.getYear()));
        };
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
