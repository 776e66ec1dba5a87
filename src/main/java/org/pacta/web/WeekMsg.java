package org.pacta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of working weeks and holidays, as {week:key} in templates; files
 * messages/week_en.properties, week_ru and week_fa, each in this interface's order. A bundle of its own: {@link Msg}
 * is near Quarkus 3.33's limit of 300 messages a bundle.
 */
@MessageBundle(value = "week", locale = "en")
public interface WeekMsg {

    String warn_holiday(String date, String party, String name);
    String warn_not_working_day(String date, String party);

    String party_settings(String code);
    String edit_week();
    String language_unset();
    String working_days();
    String working_days_help();
    String short_day();
    String short_day_none();
    String short_until();
    String working_morning();
    String working_morning_help();
    String week_summary(String days, String morning);
    String week_short(String day, String until);
    String holidays();
    String no_holidays();
    String holiday_yearly(String date);
    String holiday_yearly_solar(String date);
    String holiday_add();
    String holiday_date();
    String holiday_every();
    String holiday_through();
    String holiday_calendar();
    String calendar_gregorian();
    String calendar_solar_hijri();
    String holiday_name();
    String holiday_remove(String what);
    String holidays_import();
    String holidays_ics_file();
    String holidays_ics_help();
    String holidays_added(int count);
    String escalation_working_days();
}
