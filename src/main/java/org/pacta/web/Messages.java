package org.pacta.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.pacta.platform.Refusals;

/** The message bundles in the reader's language, for text built in Java (chart labels, refusals). */
public final class Messages {

    private Messages() {
    }

    public static Msg of(Page page) {
        return "en".equals(page.lang()) ? MessageBundles.get(Msg.class)
                : MessageBundles.get(Msg.class, Localized.Literal.of(page.lang()));
    }

    public static ReportMsg report(Page page) {
        return "en".equals(page.lang()) ? MessageBundles.get(ReportMsg.class)
                : MessageBundles.get(ReportMsg.class, Localized.Literal.of(page.lang()));
    }

    /** The words of calendars and dates. */
    public static CalMsg cal(Page page) {
        return "en".equals(page.lang()) ? MessageBundles.get(CalMsg.class)
                : MessageBundles.get(CalMsg.class, Localized.Literal.of(page.lang()));
    }

    /** The words of an agreement's public record, in the reader's language. */
    public static RecordMsg record(Page page) {
        return "en".equals(page.lang()) ? MessageBundles.get(RecordMsg.class)
                : MessageBundles.get(RecordMsg.class, Localized.Literal.of(page.lang()));
    }

    /** What Pacta says when it refuses a request, in the reader's language. */
    public static Refusals refusals(Page page) {
        return "en".equals(page.lang()) ? MessageBundles.get(Refusals.class)
                : MessageBundles.get(Refusals.class, Localized.Literal.of(page.lang()));
    }

    /** The words of working weeks and holidays, in the reader's language. */
    public static WeekMsg week(Page page) {
        return "en".equals(page.lang()) ? MessageBundles.get(WeekMsg.class)
                : MessageBundles.get(WeekMsg.class, Localized.Literal.of(page.lang()));
    }
}
