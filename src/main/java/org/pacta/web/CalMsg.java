package org.pacta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of calendars (the account's calendar choice, date fields in Solar Hijri) as {cal:key} in templates; files
 * messages/cal_en.properties, cal_ru and cal_fa, each in this interface's order. A bundle of its own because
 * {@link Msg} is near the 300 messages Quarkus 3.33 can start with.
 */
@MessageBundle(value = "cal", locale = "en")
public interface CalMsg {

    String calendar();
    String calendar_help();
    String calendar_default();
    String calendar_persian();
    String calendar_gregorian();
    String date_hint(String example);
    String period_ends(String period, String date);
    String relative_due(String when);
}
