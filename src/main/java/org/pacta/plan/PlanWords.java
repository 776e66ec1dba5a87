package org.pacta.plan;

import java.util.Map;
import org.pacta.commitment.Priority;
import org.pacta.sheet.Digits;

/** The words of a plan's cells that mean something to Pacta: priorities in three languages, and titles cut at a word. */
final class PlanWords {

    private static final Map<String, Priority> PRIORITY_WORDS = new java.util.HashMap<>();

    static {
        priority(Priority.LOW, "low", "minor", "низкий", "низкая", "کم", "پایین");
        priority(Priority.NORMAL, "normal", "medium", "moderate", "обычный", "средний", "средняя", "обычная", "عادی", "متوسط");
        priority(Priority.HIGH, "high", "important", "высокий", "высокая", "زیاد", "بالا", "مهم");
        priority(Priority.CRITICAL, "critical", "urgent", "top", "критический", "критическая", "срочно", "بحرانی", "فوری");
    }

    private PlanWords() {
    }

    static Priority priorityOf(String text) {
        return PRIORITY_WORDS.get(Digits.key(text));
    }

    private static void priority(Priority p, String... words) {
        PRIORITY_WORDS.put(Digits.key(p.name()), p);
        for (String w : words) {
            PRIORITY_WORDS.put(Digits.key(w), p);
        }
    }

    static String cutAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        while (end > max / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end <= max / 2) {
            end = max;
            if (Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
        }
        return text.substring(0, end).strip();
    }
}
