package org.pacta.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, in English; Russian and Persian are in messages/msg_ru.properties and msg_fa.properties.
 * Templates use them as {msg:key}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("Actions")
    String actions();

    @Message("Add a commitment")
    String add_commitment();

    @Message("Add a milestone")
    String add_milestone();

    @Message("Agreement number")
    String agreement_id();

    @Message("{#switch s}{#case 'ACTIVE'}Active{#case 'COMPLETED'}Completed{#case 'SUSPENDED'}Suspended{#case 'TERMINATED'}Terminated{#else}{s}{/switch}")
    String agreement_status(String s);

    @Message("{n} {#if n == 1}agreement{#else}agreements{/if}")
    String agreements_count(long n);

    @Message("Agreements")
    String agreements_title();

    @Message("any")
    String any();

    @Message("API tokens")
    String api_tokens();

    @Message("First deadline")
    String baseline();

    @Message("Breadcrumbs")
    String breadcrumbs();

    @Message("By")
    String by();

    @Message("By agreement")
    String by_agreement();

    @Message("By responsible party")
    String by_party();

    @Message("Calendar feed (ICS)")
    String calendar_feed();

    @Message("Deadlines, milestones (◆) and scheduled reviews; overdue ones are marked.")
    String calendar_help();

    @Message("Calendar link")
    String calendar_link();

    @Message("New calendar link")
    String calendar_link_new();

    @Message("The old link stops working at once. Use a new one when the link was shared with someone who should not have it.")
    String calendar_link_new_help();

    @Message("Stopped: the subscription is switched off.")
    String calendar_link_stopped();

    @Message("Calendar")
    String calendar_title();

    @Message("Change the deadline")
    String change_deadline();

    @Message("Change your password")
    String change_password();

    @Message("Changes since the previous review")
    String changes_since();

    @Message("Channel")
    String channel();

    @Message("Email")
    String channel_email();

    @Message("Webhook")
    String channel_webhook();

    @Message("Code")
    String code();

    @Message("Agreement")
    String col_agreement();

    @Message("Commitment")
    String col_commitment();

    @Message("Due")
    String col_due();

    @Message("Item")
    String col_item();

    @Message("Overdue")
    String col_overdue();

    @Message("Parties")
    String col_parties();

    @Message("Responsible")
    String col_party();

    @Message("Progress")
    String col_progress();

    @Message("Signed")
    String col_signed();

    @Message("Slipped")
    String col_slippage();

    @Message("Status")
    String col_status();

    @Message("Title")
    String col_title();

    @Message("Commitment number")
    String commitment_id();

    @Message("Commitments")
    String commitments();

    @Message("Completed")
    String completed();

    @Message("Coordinators")
    String coordinators();

    @Message("One email per line; they hear of escalations.")
    String coordinators_help();

    @Message("Create a token")
    String create_token();

    @Message("Current password")
    String current_password();

    @Message("Key figures")
    String dashboard_figures();

    @Message("Dashboard")
    String dashboard_title();

    @Message("{days} {#if days == 1}day{#else}days{/if} overdue")
    String days_overdue(long days);

    @Message("Deadline history")
    String deadline_history();

    @Message("Delete")
    String delete();

    @Message("Delete this agreement and all its commitments")
    String delete_agreement();

    @Message("Delete this commitment")
    String delete_commitment();

    @Message("Delivery")
    String delivery();

    @Message("daily digest at")
    String delivery_digest();

    @Message("at once")
    String delivery_immediate();

    @Message("Depends on")
    String depends_on();

    @Message("Numbers of the commitments this one waits for, separated by commas.")
    String depends_on_help();

    @Message("Digest time")
    String digest_at();

    @Message("Download CSV")
    String download_csv();

    @Message("Due by the end of this day in the responsible party's time zone.")
    String due_date_help();

    @Message("Edit")
    String edit();

    @Message("Edit the agreement")
    String edit_agreement();

    @Message("Edit the commitment")
    String edit_commitment();

    @Message("Email")
    String email();

    @Message("{#switch status}{#case 403}Ask an administrator, or an official of the responsible party.{#case 404}It may have been deleted, or the address is mistyped.{#case 409}Someone changed it meanwhile; go back, reload and try again.{#else}Go back and try again.{/switch}")
    String error_next(int status);

    @Message("{#switch status}{#case 403}Not allowed{#case 404}Not found{#case 409}Conflict{#case 401}Please sign in{#case 413}Too large{#case 500}Something went wrong{#else}The request could not be completed{/switch}")
    String error_title(int status);

    @Message("Repeat while overdue every (e.g. P7D, or none)")
    String escalate_every();

    @Message("Evidence")
    String evidence();

    @Message("One http(s) link per line. Marking DONE needs at least one.")
    String evidence_help();

    @Message("Evidence links")
    String evidence_links();

    @Message("Export (JSON)")
    String export();

    @Message("Export (CSV)")
    String export_csv();

    @Message("Export (Excel)")
    String export_xlsx();

    @Message("Description")
    String field_description();

    @Message("Place of signing")
    String field_place();

    @Message("Summary")
    String field_summary();

    @Message("Title")
    String field_title();

    @Message("Show")
    String filter_apply();

    @Message("Party")
    String filter_party();

    @Message("Status")
    String filter_status();

    @Message("Text")
    String filter_text();

    @Message("Follows")
    String follows();

    @Message("API")
    String footer_api();

    @Message("Times are shown in {zone}.")
    String footer_times(String zone);

    @Message("This form was sent with an expired security token: another Pacta page was opened (in another tab or window) after this one. Nothing was saved. Reload the page and send the form again.")
    String form_expired();

    @Message("Some fields need attention; see the messages next to them.")
    String form_has_errors();

    @Message("From")
    String from();

    @Message("As of {when}")
    String generated_at(String when);

    @Message("Continue")
    String go_on();

    @Message("Import commitments (CSV)")
    String import_csv();

    @Message("One commitment per line; the first line names the columns: title, responsibleParty, dueDate (or dueAt), and optionally description, ownerName, ownerEmail, tags, priority, startOn, status, dependsOn. All lines are imported, or none.")
    String import_csv_help();

    @Message("Nothing was imported: {n} {#if n == 1}problem{#else}problems{/if}.")
    String import_failed(int n);

    @Message("File")
    String import_file();

    @Message("Import")
    String import_go();

    @Message("line {line}")
    String import_line(int line);

    @Message("Or paste it here")
    String import_paste();

    @Message("Import a roadmap")
    String import_roadmap();

    @Message("A roadmap document (JSON, the format of the export): the agreement, its parties, commitments and milestones. Everything is imported, or nothing.")
    String import_roadmap_help();

    @Message("Import a spreadsheet")
    String import_sheet();

    @Message("Steps")
    String import_steps();

    @Message("1. The file")
    String import_step_upload();

    @Message("2. What each column holds")
    String import_step_map();

    @Message("3. Check, then import")
    String import_step_check();

    @Message("An Excel workbook (.xlsx) or a CSV file (UTF-8, UTF-16, Windows-1251 or Windows-1252; separated by commas, semicolons or tabs), one row per commitment or milestone. Rows above the header are skipped. Next you say what each column holds and see what would change before anything is imported.")
    String import_sheet_help();

    @Message("Or start from the template, with its columns, allowed values and date formats explained:")
    String import_template_intro();

    @Message("Into the agreement “{title}”.")
    String import_into(String title);

    @Message("Sheet of a workbook (the first one when left empty)")
    String import_sheet_name();

    @Message("Encoding of a CSV file")
    String import_encoding();

    @Message("Detect")
    String import_encoding_detect();

    @Message("Read the file")
    String import_read();

    @Message("{rows} {#if rows == 1}row{#else}rows{/if}, {columns} {#if columns == 1}column{#else}columns{/if}")
    String import_file_read(int rows, int columns);

    @Message("separator")
    String import_delimiter();

    @Message("Nothing stops this import.")
    String import_ready();

    @Message("{created} to create, {updated} to update, {unchanged} unchanged.")
    String import_counts(int created, int updated, int unchanged);

    @Message("Row {row}")
    String import_row(int row);

    @Message("Notes")
    String import_notes();

    @Message("What the import does")
    String import_changes();

    @Message("Row")
    String import_row_col();

    @Message("Reference")
    String import_reference();

    @Message("Change")
    String import_what();

    @Message("{#switch a}{#case 'create'}New{#case 'update'}Changed{#else}{a}{/switch}")
    String import_action(String a);

    @Message("{#if f.isEmpty}Not imported{#else}{#switch f}{#case 'reference'}Reference (numbering){#case 'parent'}Parent's reference{#case 'title'}Title{#case 'description'}Description{#case 'responsibleParty'}Responsible party{#case 'responsibleBody'}Responsible body{#case 'ownerName'}Owner{#case 'ownerEmail'}Owner's email{#case 'dueDate'}Deadline{#case 'originalDueDate'}Original deadline{#case 'revisionReason'}Reason for the revision{#case 'status'}Status{#case 'completedOn'}Completed on{#case 'evidence'}Evidence{#case 'progressNote'}Progress note{#case 'priority'}Priority{#case 'tags'}Tags{#case 'startOn'}Start{#else}{f}{/switch}{/if}")
    String import_field(String f);

    @Message("What the column “{column}” holds")
    String import_field_for(String column);

    @Message("… and {n} more.")
    String import_more(int n);

    @Message("Saved mapping")
    String import_saved();

    @Message("Use it")
    String import_saved_use();

    @Message("Read this sheet")
    String import_sheet_read();

    @Message("Choose what each column holds; the suggestion comes from the headers. The first rows are shown as they were read. Columns left as “Not imported” are skipped.")
    String import_map_help();

    @Message("The first {n} rows of the file")
    String import_first_rows(int n);

    @Message("Dates such as 03/04/2025")
    String import_date_order();

    @Message("Decide from each column (asked when it cannot be told)")
    String import_date_order_auto();

    @Message("Day first (03/04 is 3 April)")
    String import_date_order_dmy();

    @Message("Month first (03/04 is March 4)")
    String import_date_order_mdy();

    @Message("Keep the columns that are not imported in each item's description")
    String import_keep_other();

    @Message("Responsible party of rows that name none")
    String import_default_party();

    @Message("None (such a row is a problem)")
    String import_no_default_party();

    @Message("The new agreement")
    String import_new_agreement();

    @Message("Save this mapping under a name, to use it again (optional)")
    String import_save_as();

    @Message("Check (dry run)")
    String import_check();

    @Message("Import: {created} new, {updated} changed")
    String import_now(int created, int updated);

    @Message("Import it as a second agreement")
    String import_again();

    @Message("inactive")
    String inactive();

    @Message("Language")
    String language();

    @Message("Remind before the deadline")
    String lead_times();

    @Message("ISO-8601 durations separated by commas, e.g. P14D, P3D, P1D.")
    String lead_times_help();

    @Message("Legend")
    String legend();

    @Message("done late")
    String legend_late();

    @Message("done on time")
    String legend_on_time();

    @Message("open")
    String legend_open();

    @Message("overdue")
    String legend_overdue();

    @Message("Log progress")
    String log_progress();

    @Message("The email or password is not right, or there were too many attempts. Try again.")
    String login_failed();

    @Message("Mark reached")
    String mark_reached();

    @Message("Milestone")
    String milestone();

    @Message("Milestones")
    String milestones();

    @Message("At least days overdue")
    String min_days_overdue();

    @Message("Months")
    String months();

    @Message("Most overdue")
    String most_overdue();

    @Message("Your password was set by someone else: choose your own to continue.")
    String must_change_password();

    @Message("Name")
    String name();

    @Message("Accounts")
    String nav_accounts();

    @Message("Agreements")
    String nav_agreements();

    @Message("Calendar")
    String nav_calendar();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Main")
    String nav_label();

    @Message("Overdue")
    String nav_overdue();

    @Message("Parties")
    String nav_parties();

    @Message("Subscriptions")
    String nav_subscriptions();

    @Message("New account")
    String new_account();

    @Message("New agreement")
    String new_agreement();

    @Message("New deadline (end of the day, {zone})")
    String new_deadline(String zone);

    @Message("New party")
    String new_party();

    @Message("New password")
    String new_password();

    @Message("Next")
    String next();

    @Message("Next month")
    String next_month();

    @Message("next review {when}")
    String next_review(String when);

    @Message("No agreements match.")
    String no_agreements();

    @Message("No commitments yet.")
    String no_commitments();

    @Message("The deadline has not moved.")
    String no_deadline_changes();

    @Message("No milestones.")
    String no_milestones();

    @Message("No scheduled reviews")
    String no_review_schedule();

    @Message("No reviews yet.")
    String no_reviews();

    @Message("You have no subscriptions yet.")
    String no_subscriptions();

    @Message("No tokens.")
    String no_tokens();

    @Message("No progress reported yet.")
    String no_updates();

    @Message("Note")
    String note();

    @Message("Nothing is overdue.")
    String nothing_overdue();

    @Message("No deadlines ahead.")
    String nothing_upcoming();

    @Message("Official of (officials only)")
    String official_of();

    @Message("Remind on the due day")
    String on_due();

    @Message("Tell me when it becomes overdue")
    String on_overdue();

    @Message("One-time password (changed at first sign-in)")
    String one_time_password();

    @Message("{n} overdue {#if n == 1}item{#else}items{/if}, most overdue first")
    String overdue_count(long n);

    @Message("More than {n} overdue items, most overdue first")
    String overdue_count_capped(long n);

    @Message("Overdue report")
    String overdue_title();

    @Message("Owner")
    String owner();

    @Message("Owner's email")
    String owner_email();

    @Message("Owner's name")
    String owner_name();

    @Message("Page {page} of {total}")
    String page_of(int page, int total);

    @Message("Pages")
    String pages();

    @Message("Parties")
    String parties();

    @Message("Password")
    String password();

    @Message("Your password was changed. Your other sessions and tokens have ended.")
    String password_changed();

    @Message("At least 12 characters; a few words in a row make a good password.")
    String password_help();

    @Message("{n}%")
    String percent(int n);

    @Message("Percent complete")
    String percent_complete();

    @Message("Previous")
    String previous();

    @Message("Previous month")
    String previous_month();

    @Message("Priority")
    String priority();

    @Message("{#switch p}{#case 'LOW'}Low{#case 'NORMAL'}Normal{#case 'HIGH'}High{#case 'CRITICAL'}Critical{#else}{p}{/switch}")
    String priority_name(String p);

    @Message("Progress")
    String progress_updates();

    @Message("Public: readable without signing in (owners stay hidden)")
    String public_help();

    @Message("public")
    String public_label();

    @Message("reached {date}")
    String reached(String date);

    @Message("Reason")
    String reason();

    @Message("Reason, if the deadline moves")
    String reason_if_deadline_moves();

    @Message("a review recorded now")
    String record_review_now();

    @Message("recorded")
    String recorded();

    @Message("Remind each commitment's owner by email")
    String remind_owners();

    @Message("{total} commitments: {done} done, {open} open, {overdue} overdue.")
    String review_counts(int total, int done, int open, int overdue);

    @Message("Review")
    String review_event();

    @Message("Notes")
    String review_notes();

    @Message("Review of {when}")
    String review_of(String when);

    @Message("Review schedule")
    String review_schedule();

    @Message("An RFC 5545 rule, e.g. FREQ=MONTHLY;INTERVAL=3 for every three months; leave empty for none.")
    String review_schedule_help();

    @Message("Add them to")
    String review_to_annotate();

    @Message("Review time zone (default: the first party's)")
    String review_zone();

    @Message("Reviews")
    String reviews();

    @Message("Revoke")
    String revoke();

    @Message("Role")
    String role();

    @Message("{#switch r}{#case 'admin'}Administrator{#case 'official'}Official{#case 'monitor'}Monitor{#else}{r}{/switch}")
    String role_name(String r);

    @Message("Save")
    String save();

    @Message("Save progress")
    String save_progress();

    @Message("An agreement")
    String scope_agreement();

    @Message("Everything")
    String scope_all();

    @Message("One commitment")
    String scope_commitment();

    @Message("What a party is responsible for")
    String scope_party();

    @Message("See the whole overdue report")
    String see_overdue_report();

    @Message("Shift")
    String shift();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Sign out everywhere")
    String sign_out_everywhere();

    @Message("Signed")
    String signed();

    @Message("Skip to content")
    String skip_to_content();

    @Message("{#if days > 0}+{/if}{days} {#if days == 1 || days == -1}day{#else}days{/if}")
    String slippage_days(long days);

    @Message("Source")
    String source();

    @Message("Start")
    String start();

    @Message("due in 30 days")
    String stat_due30();

    @Message("due in 7 days")
    String stat_due7();

    @Message("delivered on time ({onTime} of {total})")
    String stat_on_time(long onTime, long total);

    @Message("overdue")
    String stat_overdue();

    @Message("{#switch s}{#case 'PLANNED'}Planned{#case 'IN_PROGRESS'}In progress{#case 'AT_RISK'}At risk{#case 'BLOCKED'}Blocked{#case 'DONE'}Done{#case 'CANCELLED'}Cancelled{#else}{s}{/switch}")
    String status(String s);

    @Message("Subscribe")
    String subscribe();

    @Message("Your subscriptions")
    String subscriptions_title();

    @Message("Tag")
    String tag();

    @Message("Tags")
    String tags();

    @Message("Separated by commas, e.g. economic, transport.")
    String tags_help();

    @Message("This month")
    String this_month();

    @Message("Time zone")
    String time_zone();

    @Message("The zone you read times in (IANA id, e.g. Asia/Tehran)")
    String time_zone_help();

    @Message("Timeline")
    String timeline();

    @Message("Each bar runs from the start to the deadline; a tick marks the first (baseline) deadline, a diamond a milestone, the vertical line today.")
    String timeline_help();

    @Message("To")
    String to();

    @Message("today")
    String today();

    @Message("expires {date}")
    String token_expires(String date);

    @Message("Valid until (at most a year)")
    String token_expires_on();

    @Message("Token name")
    String token_name();

    @Message("Copy this token now; it will not be shown again. Use it as Authorization: Bearer <token>.")
    String token_shown_once();

    @Message("Upcoming deadlines")
    String upcoming();

    @Message("Keep this webhook signing secret now; it will not be shown again:")
    String webhook_secret_once();

    @Message("Webhook address (https://…)")
    String webhook_url();

    @Message("When")
    String when();

    @Message("Your account")
    String your_account();

    @Message("{time} your time")
    String your_time(String time);

    // Plans as written (issue 15): responsible bodies, references, due precision, undated items, reported completion.

    @Message("Responsible body")
    String responsible_body();

    @Message("The ministry or agency under the party, as the plan names it (optional).")
    String responsible_body_help();

    @Message("Reference")
    String reference();

    @Message("The plan's own numbering, such as 1.2 (optional; unique within the agreement).")
    String reference_help();

    @Message("No fixed date: {words}")
    String no_fixed_date(String words);

    @Message("No fixed date")
    String no_fixed_date_field();

    @Message("For an item the plan gives no date: leave the deadline empty and write the plan's words, such as \"90 days after guidance\". Once it has a date it cannot lose it.")
    String no_fixed_date_help();

    @Message("Deadline precision")
    String due_precision();

    @Message("{#switch p}{#case 'DAY'}Day{#case 'MONTH'}Month (due at its end){#case 'QUARTER'}Quarter (due at its end){#case 'HALF'}Half-year (due at its end){#case 'YEAR'}Year (due at its end){#else}{p}{/switch}")
    String precision_name(String p);

    @Message("Q{quarter} {year}")
    String quarter_of(String quarter, String year);

    @Message("H{half} {year}")
    String half_of(String half, String year);

    @Message("reported complete, no evidence")
    String reported_no_evidence();

    @Message("Reported complete, no evidence")
    String legend_reported();

    @Message("reported complete without evidence (not counted as delivered)")
    String stat_reported_done();

    @Message("Without a fixed date")
    String undated_items();

    @Message("The figures as a table")
    String chart_table();

    @Message("Done on time")
    String chart_on_time();

    @Message("Done late")
    String chart_late();

    @Message("Open")
    String chart_open();

    @Message("Overdue")
    String chart_overdue();

    @Message("Total")
    String chart_total();

    @Message("The timeline as a table")
    String timeline_table();
}
