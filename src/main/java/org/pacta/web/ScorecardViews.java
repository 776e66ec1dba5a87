package org.pacta.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Locale;
import org.pacta.report.Dashboard;
import org.pacta.report.Scorecard;

/** What the scorecard pages need beyond the records: a rate as a percentage, and the trend as a chart. */
public final class ScorecardViews {

    private ScorecardViews() {
    }

    /** {@code {rate.wholePercent}}: a share as a whole percentage (for {msg:percent}), or null when there is none. */
    @TemplateExtension
    static Integer wholePercent(Double rate) {
        return rate == null ? null : (int) Math.round(rate * 100);
    }

    /** {@code {label.localDigits}}: a label Pacta built ("2026-Q1") in the digits of the page's locale. */
    @TemplateExtension
    static String localDigits(String label, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Numerals.digits(label, locale instanceof Locale given ? given
                : locale == null ? Locale.ROOT : Locale.forLanguageTag(locale.toString()));
    }

    /** A bar per quarter (on time, late, overdue, not yet due), each a link to the scorecard of that quarter alone. */
    static RawString trend(Scorecard card, String query, ReportMsg m, Msg words, boolean rtl, Locale locale) {
        List<Dashboard.Bar> bars = card.trend().stream().map(q -> {
            String from = q.start().isBefore(card.from()) ? card.from().toString() : q.start().toString();
            String to = q.start().plusMonths(3).minusDays(1).isAfter(card.to()) ? card.to().toString()
                    : q.start().plusMonths(3).minusDays(1).toString();
            return new Dashboard.Bar(Numerals.digits(q.label(), locale), "/reports/scorecard?" + query + "&from=" + from
                    + "&to=" + to, q.onTime(), q.late(), 0, q.notYetDue(), q.overdue());
        }).toList();
        return Charts.bars(bars, new Charts.Legend(m.sc_on_time(), m.sc_late(), words.legend_reported(), m.sc_not_yet_due(),
                m.sc_overdue()), rtl, locale);
    }
}
