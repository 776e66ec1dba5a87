package org.pacta.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Pacta writes in: pages, emails, feeds, webhook texts and problem documents. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "ru", "fa");

    private Languages() {
    }

    /** "ru", "RU", " fa " are read; anything else is not a language Pacta writes. */
    public static Optional<String> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /** The stored language, English when there is none. */
    public static String orEnglish(String stored) {
        return of(stored).orElse("en");
    }

    /** The first language of an Accept-Language header that Pacta writes; English when none. */
    public static String accepted(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String tag = range.getRange();
                Optional<String> lang = of(tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag);
                if (lang.isPresent()) {
                    return lang.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
        return "en";
    }
}
