package org.pacta.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of an agreement's public record: its page's progress, disputes and history, its feed and open data. A
 * bundle of its own, in messages/rec_en.properties (and _ru, _fa) in this interface's order; templates use {rec:key}.
 * Qute 3.33.2 generates broken bytecode for a bundle of more than 300 messages (its resolve method is split in
 * chunks of 300, and the chunks are chained wrongly: a VerifyError at start-up), and {@link Msg} is close to that.
 */
@MessageBundle(value = "rec", locale = "en")
public interface RecordMsg {

    String record_progress();
    String record_delivered(int n);
    String record_overdue(long n);
    String record_disputed();
    String record_no_disputes();
    String record_disputed_by(String party);
    String record_history();
    String record_no_history();
    String record_when();
    String record_what();
    String record_details();
    String history_kind(String k);
    String record_moved(String from, String to);
    String record_first_due(String due);
    String record_reason(String reason);
    String record_open_data();
    String record_open_data_help();
    String record_feed();
    String record_commitments_file(String format);
    String record_history_file(String format);
    String feed_title(String title);
    String feed_entry(String what, String item);
    String record_scorecard_more();
    String record_ledger();
    String record_ledger_head();
}
