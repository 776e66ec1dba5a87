package org.pacta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of working weeks and holidays (issue 18, part 4), as {week:key} in templates; files
 * messages/week_en.properties, week_ru and week_fa, each in this interface's order. A bundle of its own: {@link Msg}
 * is near Quarkus 3.33's limit of 300 messages a bundle.
 */
@MessageBundle(value = "week", locale = "en")
public interface WeekMsg {

    String warn_holiday(String date, String party, String name);
    String warn_not_working_day(String date, String party);
}
