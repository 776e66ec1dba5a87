package org.pacta.notify;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of emails, webhook texts, calendar entries and the unsubscribe page, as {mail:key} in templates; files
 * messages/mail_en.properties, mail_ru and mail_fa, each in this interface's order. Counts of days, hours and minutes
 * are written by ICU ({@link MailWords}), with the plural rules of the reader's language; a count of items picks its
 * message by the same rules ({@code _one}, {@code _few}, {@code _many}, {@code _other}).
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMsg {

    String due_today();
    String due_tomorrow();
    String due_in(String span);
    String overdue();
    String overdue_by(String span);
    String escalation(String span, String rung);
    String confirm_escalation(String span, String rung);
    String confirm_overdue(String span);
    String confirm_awaits_today();
    String confirm_awaits(String span);
    String disputed();
    String disputed_by(String party);
    String answered();
    String answered_by(String party);
    String confirmed();
    String confirmed_by(String party);
    String end_of(String period, String zone);
    String review_subject(String agreement, int overdue, int due);
    String review_figures(int overdue, int due);
    String digest_subject_one(String count);
    String digest_subject_few(String count);
    String digest_subject_many(String count);
    String digest_subject_other(String count);
    String footer_subscribed(String what);
    String scope_all();
    String scope_agreement();
    String scope_party();
    String scope_commitment();
    String footer_owner();
    String footer_coordinator();
    String footer_official();
    String stop();
    String milestone_of();
    String agreement();
    String responsible();
    String owner();
    String due();
    String your_time();
    String status();

    /** A commitment's status in words, as the pages name it. */
    String status_word(String s);
    String complete(String status, int percent);
    String overdue_label();
    String wrote(String who);
    String no_note();
    String evidence();
    String open_item();
    String review_of(String agreement);
    String review_counts(int total, int done, int open, int overdue);
    String reported_done(int count);
    String next_review(String date);
    String due_before_next();
    String changes_since();
    String all_commitments();
    String overdue_for(String span);
    String due_on(String date);
    String no_fixed_date(String words);
    String overdue_mark();
    String open_reviews();
    String digest_title();
    String unsub_title();
    String unsub_question();
    String unsub_button();
    String unsub_done();
    String unsub_invalid();
    String cal_due(String title, String party);
    String cal_status(String status, String title, String party);
    String cal_milestone(String title, String commitment);
    String cal_reached(String title, String commitment);
    String cal_review(String agreement);
    String cal_by_end(String period);
    String cal_alarm(String title);
    String cal_all();
    String cal_party();
    String cal_commitment();
    String change_progress(String status, int percent);
    String change_moved(String from, String to);
    String change_first_date(String words, String to);
}
