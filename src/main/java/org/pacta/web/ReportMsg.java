package org.pacta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the report pages beyond the overdue report, as {report:key} in templates; files
 * messages/report_en.properties, report_ru and report_fa, each in this interface's order. A bundle of its own because
 * Quarkus 3.33's generated resolver for a bundle of more than 300 messages fails verification at start-up, and
 * {@link Msg} holds 298.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMsg {

    String nav_scorecard();
    String scorecard_title();
    String scorecard_period(String from, String to);
    String scorecard_from();
    String scorecard_to();
    String scorecard_nothing_due();
    String scorecard_all();
    String scorecard_trend();
    String scorecard_quarter();
    String sc_due();
    String sc_on_time();
    String sc_late();
    String sc_overdue();
    String sc_not_yet_due();
    String sc_rate();
    String sc_median_slip();
    String sc_mean_slip();
    String sc_revisions();
    String sc_rebaselined();
    String sc_confirmed();
    String sc_disputed();
    String sc_unconfirmed();
}
