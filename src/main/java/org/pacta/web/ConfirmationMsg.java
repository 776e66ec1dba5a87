package org.pacta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the confirmation of completions (issue 17): the item page's thread and forms, the report's filter and
 * the dashboard's block. A bundle of its own, in messages/confirm_en.properties with confirm_ru and confirm_fa beside
 * it: Quarkus 3.33 generates a broken class for a bundle of more than 300 messages (quarkusio/quarkus#55584), and
 * {@link Msg} is close to that. Templates use them as {confirm:key}.
 */
@MessageBundle(value = "confirm", locale = "en")
public interface ConfirmationMsg {

    String confirmation_heading();
    String confirmation_state(String s);
    String confirmation_act(String a);
    String confirmation_asked(String time);
    String confirmation_no_steps();
    String confirmation_give_verdict();
    String confirmation_verdict();
    String confirmation_confirm();
    String confirmation_dispute();
    String confirmation_speaks_for();
    String confirmation_note_help();
    String confirmation_send();
    String confirmation_answer();
    String filter_confirmation();
    String confirmation_filter_none();
    String col_completed();
    String col_waiting();
    String days_waiting(long days);
    String confirmation_count(long n);
    String confirmation_count_capped(long n);
    String nothing_in_confirmation();
    String disputed_completions();
    String nothing_disputed();
    String see_disputed();
    String stat_awaiting_confirmation();
}
