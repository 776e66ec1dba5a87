package org.pacta.sheet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.platform.Phrase;

/**
 * The status words of real plans, in English, Russian and Persian, as Pacta's statuses. Case, spaces and punctuation
 * do not count ("In progress", "IN_PROGRESS", "in-progress" are one word), nor do the letter variants of Persian
 * typing (Arabic ي and ك, تأخیر and تاخیر). Pacta's own status names are understood too, so an export reads back.
 */
public final class StatusWords {

    /**
     * One status cell: its status, or the problem with it, or neither when it is blank (the caller's default applies).
     *
     * @param text the cell as given
     * @param status what it says, null when blank or unknown
     * @param problem the unknown word, listing the accepted ones; null otherwise
     */
    public record Cell(String text, CommitmentStatus status, Phrase problem) {
        public boolean blank() {
            return status == null && problem == null;
        }
    }

    private static final Map<CommitmentStatus, List<String>> WORDS = new EnumMap<>(CommitmentStatus.class);
    private static final Map<String, CommitmentStatus> BY_KEY = new HashMap<>();

    static {
        words(CommitmentStatus.DONE, "Done", "Complete", "Completed", "Achieved", "Implemented", "Finished", "Fulfilled",
                "Выполнено", "Выполнен", "Выполнена", "Исполнено", "Исполнен", "Завершено", "Завершён", "Реализовано",
                "انجام شد", "انجام شده", "تکمیل شده", "تکمیل شد", "اجرا شد", "اجرا شده");
        words(CommitmentStatus.IN_PROGRESS, "In progress", "Ongoing", "Underway", "On track", "Started",
                "Partially complete", "Partially completed", "Partially achieved", "Partially implemented", "В работе",
                "В процессе", "Выполняется", "Исполняется", "Реализуется", "Частично выполнено", "В стадии реализации",
                "در حال انجام", "در دست اقدام", "در حال اجرا", "در جریان", "بخشی انجام شده");
        words(CommitmentStatus.PLANNED, "Planned", "Not started", "Not yet started", "Pending", "Scheduled", "To do",
                "Запланировано", "Не начато", "Не начат", "Планируется", "برنامه‌ریزی شده", "شروع نشده", "آغاز نشده");
        words(CommitmentStatus.AT_RISK, "At risk", "Delayed", "Behind schedule", "Off track", "Overdue", "Под угрозой",
                "С задержкой", "Задерживается", "С отставанием", "Отстаёт", "Просрочено", "با تأخیر", "در معرض خطر",
                "عقب افتاده", "تأخیر دارد");
        words(CommitmentStatus.BLOCKED, "Blocked", "Stalled", "On hold", "Suspended", "Paused", "Приостановлено",
                "Заблокировано", "Остановлено", "Заморожено", "متوقف", "متوقف شده", "مسدود", "معلق");
        words(CommitmentStatus.CANCELLED, "Cancelled", "Canceled", "Withdrawn", "Dropped", "Abandoned", "Отменено",
                "Отменён", "Отменена", "Аннулировано", "لغو شده", "لغو شد", "لغو", "منتفی شده", "منتفی");
        for (CommitmentStatus status : CommitmentStatus.values()) {
            BY_KEY.put(Digits.key(status.name()), status);
        }
    }

    private StatusWords() {
    }

    public static Cell read(String text) {
        if (text == null || Digits.key(text).isEmpty()) {
            return new Cell(text, null, null);
        }
        CommitmentStatus status = BY_KEY.get(Digits.key(text));
        if (status == null) {
            String shown = text.strip();
            return new Cell(text, null, r -> r.cell_status_unknown(shown));
        }
        return new Cell(text, status, null);
    }

    /** The words understood for each status (besides the status's own name), in English, Russian and Persian. */
    public static Map<CommitmentStatus, List<String>> accepted() {
        return Collections.unmodifiableMap(WORDS);
    }

    private static void words(CommitmentStatus status, String... words) {
        WORDS.put(status, List.of(words));
        for (String word : words) {
            CommitmentStatus before = BY_KEY.put(Digits.key(word), status);
            if (before != null) {
                throw new IllegalStateException(word + " means both " + before + " and " + status);
            }
        }
    }
}
