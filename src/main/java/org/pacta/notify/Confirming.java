package org.pacta.notify;

import java.time.Duration;
import java.time.Instant;

/** The headlines of what is said about a completion: the wait for the other parties' word, and each step. */
final class Confirming {

    private Confirming() {
    }

    /** A reminder to confirm, by the rung it stands for ({@code stage}, as for a deadline) and the days since asked. */
    static String headline(String stage, Instant asked, Instant now) {
        long days = asked == null ? 0 : Math.max(0, Duration.between(asked, now).toDays());
        String since = days == 1 ? "1 day" : days + " days";
        if (stage.startsWith("ESCALATION")) {
            return "Completion still unconfirmed after " + since + " (escalation " + stage.substring(stage.lastIndexOf(':') + 1)
                    + ")";
        }
        if (stage.equals("OVERDUE")) {
            return "Completion unconfirmed for " + since + ": please confirm or dispute it";
        }
        return "Completion awaits your confirmation (reported " + (days == 0 ? "today" : since + " ago") + ")";
    }

    static String headline(Notification.Kind kind, String party) {
        String by = party == null ? "" : " by " + party;
        return switch (kind) {
            case DISPUTED -> "Completion disputed" + by;
            case ANSWERED -> "Dispute answered" + by;
            case CONFIRMED -> "Completion confirmed" + by;
            default -> kind.name();
        };
    }
}
