package org.pacta.notify;

import java.time.Duration;
import java.time.Instant;

/** The headlines of what is said about a completion: the wait for the other parties' word, and each step. */
final class Confirming {

    private Confirming() {
    }

    /** A reminder to confirm, by the rung it stands for ({@code stage}, as for a deadline) and the days since asked. */
    static String headline(String stage, Instant asked, Instant now, MailWords w) {
        long days = asked == null ? 0 : Math.max(0, Duration.between(asked, now).toDays());
        MailMsg words = w.msg();
        String since = w.days(days);
        if (stage.startsWith("ESCALATION")) {
            return words.confirm_escalation(since, w.number(MessageRenderer.rung(stage)));
        }
        if (stage.equals("OVERDUE")) {
            return words.confirm_overdue(since);
        }
        return days == 0 ? words.confirm_awaits_today() : words.confirm_awaits(since);
    }

    static String headline(Notification.Kind kind, String party, MailWords w) {
        MailMsg words = w.msg();
        return switch (kind) {
            case DISPUTED -> party == null ? words.disputed() : words.disputed_by(w.isolate(party));
            case ANSWERED -> party == null ? words.answered() : words.answered_by(w.isolate(party));
            case CONFIRMED -> party == null ? words.confirmed() : words.confirmed_by(w.isolate(party));
            default -> kind.name();
        };
    }
}
