package org.pacta.sheet;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words dates are written with in English, Russian and Persian plans: month names of the Gregorian and the
 * Solar Hijri calendars, ordinals of quarters and halves, weekdays, and the words around a date ("by", "до конца",
 * "г.", "تا پایان") that do not change it. All are compared in their {@link Digits#key} form.
 */
final class DateWords {

    /** A month named by a word: Gregorian or Solar Hijri, 1 to 12. */
    record MonthWord(boolean solarHijri, int month) {
    }

    static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<String> RUSSIAN_MONTHS = List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    static final List<String> PERSIAN_MONTHS = List.of("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
            "سپتامبر", "اکتبر", "نوامبر", "دسامبر");

    /** The stems of Russian ordinals, declined in any case: первый, второго, третьем, четвёртый. */
    private static final List<String> RUSSIAN_ORDINALS = List.of("перв", "втор", "трет", "четв");
    private static final Map<String, MonthWord> MONTHS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        gregorian(ENGLISH_MONTHS);
        gregorian(RUSSIAN_MONTHS);
        gregorian(PERSIAN_MONTHS);
        gregorian(List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"));
        gregorian(List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря"));
        gregorian(List.of("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                "ноябре", "декабре"));
        gregorian(List.of("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"));
        also(false, 2, "февр");
        also(false, 9, "sept", "сент");
        also(false, 11, "нояб");
        also(false, 4, "آپریل");
        also(false, 5, "می");
        also(false, 7, "ژوییه", "جولای");
        also(false, 8, "آگوست");
        solarHijri(List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                "اسفند"));
        solarHijri(List.of("farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar",
                "dey", "bahman", "esfand"));
        solarHijri(List.of("фарвардин", "ордибехешт", "хордад", "тир", "мордад", "шахривар", "мехр", "абан", "азар", "дей",
                "бахман", "эсфанд"));
        also(true, 5, "امرداد", "amordad");
        also(true, 10, "dei");

        ordinals(1, "first", "1st", "اول", "نخست");
        ordinals(2, "second", "2nd", "دوم");
        ordinals(3, "third", "3rd", "سوم");
        ordinals(4, "fourth", "4th", "چهارم");
    }

    /** Weekday names that may open a long date ("Tuesday, December 31, 2024"); the weekday is not checked. */
    private static final List<String> WEEKDAYS = longestFirst(List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "понедельник",
            "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
            "شنبه", "یکشنبه", "یک شنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "پنج شنبه", "جمعه"));

    /** Words before a date that leave it as it is: "by", "end of", "до конца", "не позднее", "تا پایان", "سال". */
    private static final List<String> PREFIXES = longestFirst(List.of("by the end of", "by end of", "by the end", "by end", "end of", "end",
            "by", "until", "till", "due", "due by", "no later than", "not later than", "in", "during", "year", "не позднее",
            "до конца", "до", "к", "в течение", "в", "на конец", "конец", "окончание", "تا پایان", "تا آخر", "تا", "پایان",
            "آخر", "در طول", "طی", "در", "سال"));

    /** Words after a year that leave the date as it is: "г.", "года", "ه.ش.", "شمسی", "میلادی". */
    static final Pattern SUFFIX = Pattern.compile("^(.*\\d)\\s*(?:г\\.?|гг\\.?|года|год|ه\\.?\\s?ش\\.?|هجری شمسی|شمسی|میلادی)$");

    private DateWords() {
    }

    /**
     * The text without a weekday and the words before a date that leave it as it is ("Tuesday, by the end of …",
     * "вторник, не позднее …"); the text must be in its {@link Digits#words} form.
     */
    static String withoutLeadingWords(String text) {
        String rest = text;
        String weekday = leading(rest, WEEKDAYS, true);
        if (weekday != null) {
            rest = weekday;
        }
        for (int i = 0; i < 4; i++) {
            String after = leading(rest, PREFIXES, false);
            if (after == null) {
                break;
            }
            rest = after;
        }
        return rest;
    }

    /** What follows one of the words and a space (after a weekday also a full stop or comma), or null. */
    private static String leading(String text, List<String> words, boolean punctuation) {
        for (String word : words) {
            if (text.startsWith(word)) {
                int i = word.length();
                if (punctuation && i < text.length() && text.charAt(i) == '.') {
                    i++;
                }
                if (punctuation && i < text.length() && text.charAt(i) == ',') {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == ' ') {
                    return text.substring(i + 1);
                }
            }
        }
        return null;
    }

    /** The month a word names (full, short, genitive, with or without a full stop), or null. */
    static MonthWord month(String word) {
        return MONTHS.get(Digits.key(word));
    }

    /** The number an ordinal names (4, 4th, 4-й, IV, fourth, четвёртого, چهارم), or 0 when it names none. */
    static int ordinal(String word) {
        String key = Digits.key(word);
        int digits = 0;
        while (digits < key.length() && digits < 3 && Character.isDigit(key.charAt(digits))) {
            digits++;
        }
        if (digits > 0) {
            return Integer.parseInt(key.substring(0, digits));
        }
        if (!key.isEmpty() && key.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x')) {
            return roman(key);
        }
        for (int i = 0; i < RUSSIAN_ORDINALS.size(); i++) {
            if (key.startsWith(RUSSIAN_ORDINALS.get(i))) {
                return i + 1;
            }
        }
        return ORDINALS.getOrDefault(key, 0);
    }

    private static int roman(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = value(numeral.charAt(i));
            total += i + 1 < numeral.length() && value < value(numeral.charAt(i + 1)) ? -value : value;
        }
        return total;
    }

    private static int value(char c) {
        return c == 'i' ? 1 : c == 'v' ? 5 : 10;
    }

    private static void gregorian(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            MONTHS.put(Digits.key(names.get(i)), new MonthWord(false, i + 1));
        }
    }

    private static void solarHijri(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            MONTHS.put(Digits.key(names.get(i)), new MonthWord(true, i + 1));
        }
    }

    private static void also(boolean solarHijri, int month, String... words) {
        for (String w : words) {
            MONTHS.put(Digits.key(w), new MonthWord(solarHijri, month));
        }
    }

    private static void ordinals(int n, String... words) {
        for (String w : words) {
            ORDINALS.put(Digits.key(w), n);
        }
    }

    /** The words in their {@link Digits#words} form, longest first, so that "by the end of" wins over "by". */
    private static List<String> longestFirst(List<String> words) {
        return words.stream().map(Digits::words).sorted(Comparator.comparing(String::length).reversed()).toList();
    }
}
