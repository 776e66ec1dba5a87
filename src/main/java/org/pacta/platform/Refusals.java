package org.pacta.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything Pacta says when it refuses a request, in English; Russian and Persian are in
 * messages/refusal_ru.properties and refusal_fa.properties. The API answers in these English words, pages in the
 * reader's language: services hand over a {@link Phrase}, which picks one of these messages with its arguments.
 * <p>
 * The constants are the messages of Bean Validation annotations on inputs, so that the annotation and the
 * message that translates it share one text.
 */
@MessageBundle(value = "refusal", locale = "en")
public interface Refusals {

    String DEADLINE_REASON = "a deadline change needs a reason";
    String DOCUMENT_AGREEMENT = "the document needs an agreement";
    String EMAIL = "must be an email address such as name@example.org";
    String HTTP_URL = "must be an http:// or https:// address, such as https://example.org/report.pdf";
    String PARTIES = "must name at least one party";
    String PARTY_CODE = "must be 2 to 16 letters, digits, '-' or '_'";
    String PERCENT = "must be between 0 and 100";
    String ROADMAP_FORMAT = "must be pacta.roadmap.v1";
    String TAGS = "at most 20 tags";

    @Message("An account for {email} already exists.")
    String account_exists(String email);

    @Message("Only an administrator may do this.")
    String admin_only();

    @Message("Only an administrator or an official of one of this agreement's parties may change it.")
    String agreement_edit_denied();

    @Message("must be greater than or equal to {value}")
    String at_least(long value);

    @Message("must be less than or equal to {value}")
    String at_most(long value);

    @Message("The deadline moved from its baseline, so give the reason.")
    String baseline_reason_required();

    @Message("The request body breaks off: its chunked encoding is malformed (a chunk size that is not hexadecimal, or a chunk that does not end where it said). Nothing was saved; send the request again.")
    String body_broken();

    @Message("This calendar feed has stopped: its subscription is switched off. Switch the subscription on again in Pacta, or subscribe anew.")
    String calendar_feed_off();

    @Message("Cannot sort by \"{field}\"; use one of {allowed}, with '-' in front for descending order.")
    String cannot_sort(String field, String allowed);

    @Message("must be \"email\" or \"webhook\".")
    String channel_choice();

    @Message("Choose a file or paste a roadmap document.")
    String choose_document();

    @Message("completed is false but completedAt is set; send one or the other.")
    String completed_conflict();

    @Message("A commitment cannot be completed in the future.")
    String completed_in_future();

    @Message("Only a DONE commitment has a completion time.")
    String completed_only_when_done();

    @Message("must not contain control characters (found U+{code})")
    String control_character(String code);

    @Message("A POST signed in with the session cookie must declare its body: send Content-Type: application/json (text/csv for a CSV import), even with an empty body, so that no other site can send it in your name. Scripts can use an API token (Authorization: Bearer) instead.")
    String cookie_post_type();

    @Message("Line {line}: a closing double quote must be followed by a comma or the end of the line; inside a quoted value, write a double quote as two (\"\").")
    String csv_after_quote(int line);

    @Message("The column {name} is required.")
    String csv_column_required(String name);

    @Message("A dueDate or a dueAt column is required.")
    String csv_due_column();

    @Message("The CSV file is empty; the first line must name the columns, e.g. title,responsibleParty,dueDate.")
    String csv_empty();

    @Message("Line {line} cannot be read as CSV: check its quotes and commas.")
    String csv_invalid(int line);

    @Message("The CSV file has a header but no commitments.")
    String csv_no_rows();

    @Message("At most {max} commitments per file; split it.")
    String csv_too_many(int max);

    @Message("Line {line}: a quoted value is not closed; end it with a double quote (\") before the next comma or the end of the line.")
    String csv_unclosed_quote(int line);

    @Message("Unknown column \"{name}\"; the columns are {columns}.")
    String csv_unknown_column(String name, String columns);

    @Message("\"{value}\" is not a date (2026-03-31) or an instant (2026-03-31T12:00:00Z).")
    String date_or_instant(String value);

    @Message("The deadline ({due}) is before the start date ({start}).")
    String deadline_before_start(LocalDate due, LocalDate start);

    @Message("Give the deadline as dueAt or as dueDate, not both (they disagree).")
    String deadline_both();

    @Message("The deadline changes, so give a reason (deadlineChangeReason); every revision is kept with its reason.")
    String deadline_change_reason();

    @Message(DEADLINE_REASON)
    String deadline_reason_required();

    @Message("A deadline is required: give dueAt (an instant, e.g. 2026-03-31T12:00:00Z) or dueDate (a date, e.g. 2026-03-31).")
    String deadline_required();

    @Message("must be \"immediate\" or \"daily-digest\".")
    String delivery_choice();

    @Message("This would make a dependency cycle: {#each path}{it}{#if it_hasNext} → {/if}{/each}.")
    String dependency_cycle(List<Long> path);

    @Message("The dependencies form a cycle through this commitment.")
    String dependency_cycle_here();

    @Message("commitment {dependent} depends on {on}")
    String dependency_link(long dependent, long on);

    @Message("A commitment cannot depend on itself.")
    String depends_on_itself();

    @Message(DOCUMENT_AGREEMENT)
    String document_needs_agreement();

    @Message("Marking a commitment DONE needs evidence: at least one link that shows it was delivered.")
    String done_evidence();

    @Message("A DONE commitment needs evidence: at least one link that shows it was delivered.")
    String done_evidence_import();

    @Message("A DONE commitment is 100% complete.")
    String done_full();

    @Message("A DONE commitment is 100% complete; send 100 or leave it out.")
    String done_full_send();

    @Message("A commitment becomes DONE only through a progress update that carries evidence: POST /api/commitments/{id}/updates with status DONE and an evidence link.")
    String done_only_by_progress(Long id);

    @Message("This commitment is DONE; to reopen it, post a progress update with the new status and a note saying why.")
    String done_reopen();

    @Message(EMAIL)
    String email_address();

    @Message("An email subscription needs an email address such as name@example.org.")
    String email_needed();

    @Message("An email subscription has no url.")
    String email_no_url();

    @Message("must be a well-formed email address")
    String email_well_formed();

    @Message("must be an ISO-8601 duration between PT1M and P366D (such as P7D), or \"none\".")
    String escalate_every();

    @Message("Your account's role does not allow this.")
    String forbidden();

    @Message("The form could not be read: it holds a broken %-escape (such as %zz); nothing was saved. Send the form of the page itself.")
    String form_bad_encoding();

    @Message("A field of the form is longer than {max} bytes as sent; nothing was saved. Shorten it and send the form again.")
    String form_field_too_long(int max);

    @Message("The form has more than {max} fields; nothing was saved. Send the form of the page itself.")
    String form_too_many_fields(int max);

    @Message("The form could not be read: its multipart body is broken or incomplete; nothing was saved. Send the form of the page again.")
    String form_unreadable();

    @Message("Give one value for {name}.")
    String give_one_value(String name);

    @Message(HTTP_URL)
    String http_url();

    @Message("If-Match must carry the ETag you received, such as \"3\"; got {given}.")
    String if_match(String given);

    @Message("must be between the years {min} and {max}.")
    String implausible_year(int min, int max);

    @Message("{name} must be between the years {min} and {max}.")
    String implausible_year_of(String name, int min, int max);

    @Message("is not valid")
    String invalid_value();

    @Message("This is the last administrator.")
    String last_admin();

    @Message("This is the last administrator; make another one first.")
    String last_admin_make_another();

    @Message("must be more than zero and at most P366D.")
    String lead_time_range();

    @Message("This address cannot answer in the media type you asked for (see the Accept header).")
    String media_not_acceptable();

    @Message("The Content-Type header is not a media type this server can read, or names an unknown character set; send application/json (UTF-8), or the form as Pacta's page sends it. Nothing was saved.")
    String media_malformed();

    @Message("This media type is not accepted here; send application/json (or text/csv where the endpoint says so).")
    String media_unsupported();

    @Message("This address does not accept that method.")
    String method_not_allowed();

    @Message("A milestone cannot be reached in the future.")
    String milestone_in_future();

    @Message("minDaysOverdue must be between {min} and {max}.")
    String min_days_range(long min, long max);

    @Message("The month must be between the years {min} and {max}.")
    String month_out_of_range(int min, int max);

    @Message("{name} must be true or false.")
    String must_be_boolean(String name);

    @Message("must be a commitment id")
    String must_be_commitment_id();

    @Message("{name} must be a number (an id); got \"{value}\".")
    String must_be_id(String name, String value);

    @Message("must match \"{regexp}\"")
    String must_match(String regexp);

    @Message("A new commitment cannot start DONE: create it, then post a progress update with status DONE and evidence.")
    String new_not_done();

    @Message("There is no agreement {id}.")
    String no_agreement(long id);

    @Message("There is no commitment {id}.")
    String no_commitment(long id);

    @Message("There is no party with code \"{code}\".")
    String no_party(String code);

    @Message("There is no party with code \"{code}\"; create it first (POST /api/parties).")
    String no_party_create_first(String code);

    @Message("\"{value}\" is not one of the choices.")
    String not_a_choice(String value);

    @Message("\"{value}\" is not a commitment id.")
    String not_a_commitment_id(String value);

    @Message("\"{value}\" is not a date (YYYY-MM-DD).")
    String not_a_date(String value);

    @Message("\"{value}\" is not a date and time.")
    String not_a_date_time(String value);

    @Message("\"{value}\" is not a month such as 2026-03.")
    String not_a_month(String value);

    @Message("\"{value}\" is not a number.")
    String not_a_number(String value);

    @Message("\"{value}\" is not a time of day such as 08:00.")
    String not_a_time(String value);

    @Message("\"{value}\" is not a whole number.")
    String not_a_whole_number(String value);

    @Message("Party {code} is not a party to this agreement (its parties are {parties}).")
    String not_agreement_party(String code, String parties);

    @Message("must not be blank")
    String not_blank();

    @Message("\"{value}\" is not a date such as 2026-03-31.")
    String not_date_such_as(String value);

    @Message("\"{value}\" is not an ISO-8601 duration such as P3D or PT12H.")
    String not_duration(String value);

    @Message("must not be empty")
    String not_empty();

    @Message("{what} {id} does not exist.")
    String not_found(String what, Object id);

    @Message("\"{value}\" is not an instant such as 2026-03-31T12:00:00Z.")
    String not_instant_such_as(String value);

    @Message("must not be null")
    String not_null();

    @Message("\"{value}\" is not one of {choices}.")
    String not_one_of(String value, String choices);

    @Message("You cannot delete your own account.")
    String not_own_account();

    @Message("The file could not be read as UTF-8 text.")
    String not_utf8();

    @Message("There is nothing at this address.")
    String nothing_here();

    @Message("The request contains a character no text may hold (NUL, U+0000); nothing was saved.")
    String nul_character();

    @Message("An official acts for at least one party.")
    String official_needs_party();

    @Message("Officials may create agreements that include one of their own parties.")
    String official_own_party();

    @Message("Only a DEAD notification can be retried; this one is {status}.")
    String only_dead_retry(String status);

    @Message("Only officials act for parties.")
    String only_officials_parties();

    @Message("Other commitments depend on what you are deleting ({links}). Remove those dependencies first.")
    String others_depend(String links);

    @Message("This address takes only the form of its own page (sent as application/x-www-form-urlencoded or multipart/form-data, with the page's security token); nothing was changed. Open the page and use its form; scripts use the API under /api with a token.")
    String page_form_only();

    @Message("page must be between 0 and {max} (pages count from 0).")
    String page_range(int max);

    @Message(PARTIES)
    String parties_required();

    @Message("A party's code cannot change (it is {code}).")
    String party_code_fixed(String code);

    @Message(PARTY_CODE)
    String party_code_pattern();

    @Message("Only an administrator or an official of {code} (the responsible party) may change this.")
    String party_edit_denied(String code);

    @Message("A party with code {code} already exists.")
    String party_exists(String code);

    @Message("Party {code} is the party of {n} official account(s); change those accounts first.")
    String party_has_officials(String code, long n);

    @Message("Party {code} is followed by {n} subscription(s); they must be removed before the party.")
    String party_has_subscriptions(String code, long n);

    @Message("Party {code} is still used by {agreements} agreement(s) and {commitments} commitment(s); remove it from them first.")
    String party_in_use(String code, long agreements, long commitments);

    @Message("Party {code} is listed twice.")
    String party_listed_twice(String code);

    @Message("Party {code} is neither in the document's parties nor known here.")
    String party_not_in_document(String code);

    @Message("Party {code} is not one of the agreement's parties {parties}.")
    String party_not_listed(String code, String parties);

    @Message("Party {code} is responsible for {n} commitment(s) of this agreement; give them to another party before removing it.")
    String party_still_responsible(String code, long n);

    @Message("Party {code} already exists with time zone {existing}; the document says {given}. Use the same zone or another code.")
    String party_zone_differs(String code, String existing, String given);

    @Message("is one of the most common passwords (or one of them with a few characters added); choose another.")
    String password_common();

    @Message("A password is required.")
    String password_required();

    @Message("must differ from the current password.")
    String password_same();

    @Message("must be at most {max} characters long.")
    String password_too_long(int max);

    @Message("must be at least {min} characters long; a few words in a row make a good one.")
    String password_too_short(int min);

    @Message(PERCENT)
    String percent_range();

    @Message("{n} problems were found; nothing was saved.")
    String problems_found(int n);

    @Message("{n} problems were found; the first {shown} are listed. Nothing was saved.")
    String problems_found_first(int n, int shown);

    @Message("A query parameter has the wrong type ({detail}); page and size are whole numbers.")
    String query_param_type(String detail);

    @Message("The reference \"{ref}\" is used twice.")
    String ref_used_twice(String ref);

    @Message("Review {review} of agreement {agreement} does not exist.")
    String review_not_found(Long review, Long agreement);

    @Message("Send a roadmap document (JSON) in the body.")
    String roadmap_body_required();

    @Message(ROADMAP_FORMAT)
    String roadmap_format();

    @Message("The file is not a readable roadmap document: {detail}")
    String roadmap_unreadable(String detail);

    @Message("must be admin, official or monitor.")
    String role_choice();

    @Message("INTERVAL must be a positive number")
    String rrule_interval();

    @Message("is not a valid RFC 5545 RRULE ({detail}); example: FREQ=MONTHLY;INTERVAL=3")
    String rrule_invalid(String detail);

    @Message("must be an RFC 5545 RRULE with a FREQ, such as FREQ=MONTHLY;INTERVAL=3")
    String rrule_needs_freq();

    @Message("The rule names no day that exists (such as February 30), so no review would ever happen.")
    String rrule_never();

    @Message("must name a frequency (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)")
    String rrule_no_frequency();

    @Message("reviews can be at most daily; {frequency} is too frequent")
    String rrule_too_frequent(String frequency);

    @Message("The new deadline is the same as the current one; nothing to change.")
    String same_deadline();

    @Message("Give exactly one of agreementId, commitmentId, party or \"all\": true.")
    String scope_one();

    @Message("The database was busy with other changes to the same items and this request waited too long; nothing was saved. Send it again in a moment.")
    String busy();

    @Message("Something went wrong on our side; nothing you sent was saved. Try again, and report it if it persists.")
    String server_error();

    @Message("Sign in with the login form: j_username and j_password sent as application/x-www-form-urlencoded. Scripts use an API token instead (POST /api/me/tokens once signed in).")
    String sign_in_form_only();

    @Message("must be a single line (no line breaks)")
    String single_line();

    @Message("size must be between {min} and {max}")
    String size_between(int min, int max);

    @Message("size must be between 1 and {max}.")
    String size_range(int max);

    @Message("This item was changed by someone else at the same moment. Reload it and send your change again.")
    String stale_race();

    @Message("This item was changed by someone else (you sent version {sent}, it is now at version {now}). Reload it, reapply your change and send it again.")
    String stale_version(long sent, long now);

    @Message("must be at most a year ahead; create a new token when it runs out.")
    String token_expiry_far();

    @Message("must be in the future.")
    String token_expiry_future();

    @Message("Give the moment the token stops working (at most a year ahead), e.g. 2027-06-30T00:00:00Z.")
    String token_expiry_needed();

    @Message("The request body is too large (the limit is 1 MiB).")
    String too_large();

    @Message("at most {max} items (this list has {count})")
    String too_many_items(int max, int count);

    @Message(TAGS)
    String too_many_tags();

    @Message("No commitment in this document has the reference \"{ref}\".")
    String unknown_ref(String ref);

    @Message("\"{zone}\" is not a known IANA time zone (e.g. {examples}).")
    String unknown_zone(String zone, String examples);

    @Message("contains a broken character (an unpaired surrogate)")
    String unpaired_surrogate();

    @Message("Send the version you edited, as an If-Match header (the ETag of your GET) or as the \"version\" field, so that no one's change is overwritten silently.")
    String version_required();

    @Message("The webhook URL must not carry a user name or password.")
    String webhook_credentials();

    @Message("The webhook URL must name a host.")
    String webhook_host();

    @Message("The webhook URL points at an internal address ({address}); webhooks must reach a public host.")
    String webhook_internal(String address);

    @Message("The webhook URL is not a valid URL.")
    String webhook_invalid();

    @Message("A webhook subscription needs a url, such as https://hooks.example.org/pacta.")
    String webhook_needs_url();

    @Message("A webhook subscription has no email.")
    String webhook_no_email();

    @Message("The webhook URL must be an http:// or https:// URL.")
    String webhook_scheme();

    @Message("The webhook URL names a host that does not resolve ({host}).")
    String webhook_unresolved(String host);

    @Message("The current password is not right.")
    String wrong_password();

    // Plans written out as spreadsheets (issue 15): the export and the import template.

    @Message("\"{format}\" is not a format Pacta writes plans in; ask for format=xlsx (an Excel workbook, the default) or format=csv (text for any spreadsheet program).")
    String plan_format_unknown(String format);

    @Message("party={party} and responsibleParty={responsibleParty} name different parties; give the party once.")
    String plan_party_twice(String party, String responsibleParty);

    // Values of spreadsheet cells (issue 15): dates and status words, each naming the cell's text.

    @Message("\"{text}\" is not a date Pacta can read: write a day as 2024-12-31 or 31.12.2024, a month as December 2024, a quarter as Q4 2024, or words such as \"Ongoing\" for an item without a fixed date.")
    String cell_date_unreadable(String text);

    @Message("\"{text}\" is not a real date: there is no month {month} (months run from 1 to 12).")
    String cell_date_no_month(String text, int month);

    @Message("\"{text}\" is not a real date: that month has {days} days.")
    String cell_date_no_day(String text, int days);

    @Message("\"{text}\": the year {year} is outside 1900–2200; write the full year, such as 2024 (or 1403 for a Solar Hijri date).")
    String cell_date_year(String text, int year);

    @Message("\"{text}\" has no year; write the date in full, such as 31 December 2024 or Q4 2024.")
    String cell_date_no_year(String text);

    @Message("\"{text}\": \"{word}\" is not a month name; write the date as 31 December 2024 or 2024-12-31.")
    String cell_date_month_name(String text, String word);

    @Message("\"{text}\" mixes two calendars: a Solar Hijri month needs a Solar Hijri year (Dey 1403), a Gregorian month a Gregorian year (December 2024).")
    String cell_date_calendars(String text);

    @Message("\"{text}\" names no quarter: quarters run from Q1 to Q4, as in Q4 2024.")
    String cell_date_quarter(String text);

    @Message("\"{text}\" names no half-year: the halves are H1 and H2, as in H2 2024.")
    String cell_date_half(String text);

    @Message("\"{text}\" can be read with the day first or with the month first, and no date in this column settles it: say which order the column uses (31/12/2024 or 12/31/2024).")
    String cell_date_order_unknown(String text);

    @Message("\"{text}\" cannot be read: this column has dates with the day first (such as \"{dayFirst}\") and with the month first (such as \"{monthFirst}\"); say which order it uses, and correct the dates that do not follow it.")
    String cell_date_order_conflict(String text, String dayFirst, String monthFirst);

    @Message("\"{text}\" cannot be read with the day first, the order of this column's dates (as in 31/12/2024).")
    String cell_date_not_day_first(String text);

    @Message("\"{text}\" cannot be read with the month first, the order of this column's dates (as in 12/31/2024).")
    String cell_date_not_month_first(String text);

    @Message("\"{text}\" is a number, and this column also has numbers that are not dates (such as \"{other}\"), so none of them is read as a date; write dates as 2024-12-31.")
    String cell_date_number(String text, String other);

    @Message("\"{text}\" is not a status Pacta knows; use Planned, In progress, At risk, Blocked, Done or Cancelled (Not started, Delayed, On hold and Complete are understood too).")
    String cell_status_unknown(String text);

    // Plans as written (issue 15): responsible bodies, references, due precision, undated items, reported completion.

    @Message("A month, quarter or year needs a dueDate (any day of the period), e.g. 2024-12-01 with MONTH for December 2024.")
    String precision_needs_date();

    @Message("Give either a deadline (dueAt or dueDate) or undated (the words of an item without a fixed date), not both.")
    String undated_with_date();

    @Message("This item has a deadline, so it cannot become undated; revise its deadline instead (the change is kept with its reason).")
    String dated_cannot_become_undated();

    @Message("This commitment is already DONE.")
    String already_done();

    @Message("The reference \"{reference}\" is already used by commitment #{id} in this agreement; references are unique within an agreement.")
    String reference_taken(String reference, long id);

    @Message("The reference \"{reference}\" is already used by milestone #{id} in this agreement; references are unique within an agreement.")
    String milestone_reference_taken(String reference, long id);

    @Message("The reference \"{reference}\" is already used on line {line}.")
    String reference_repeated(String reference, int line);

    @Message("Another item of this agreement took this reference at the same moment; choose another reference and send it again.")
    String reference_race();

    // --- Spreadsheet import: reading the file (issue 15)

    @Message("Choose a file to upload: the form field \"file\" is missing or empty.")
    String sheet_no_file();

    @Message("The file is empty. Save the plan from your spreadsheet program as .xlsx or CSV, and upload it again.")
    String sheet_empty();

    @Message("The file holds no values: every row is empty.")
    String sheet_blank();

    @Message("This is an old Excel workbook (.xls) or another old Office file, which Pacta does not read. Open it in your spreadsheet program, save it as .xlsx or CSV, and upload that.")
    String sheet_legacy_xls();

    @Message("This is an OpenDocument spreadsheet (.ods). Open it in your spreadsheet program, save it as .xlsx or CSV, and upload that.")
    String sheet_ods();

    @Message("This is a PDF document, not a spreadsheet. Upload the table itself, saved as .xlsx or CSV.")
    String sheet_pdf();

    @Message("This is a ZIP archive or an Office document other than an Excel workbook. Save the table as .xlsx or CSV, and upload that.")
    String sheet_other_zip();

    @Message("This is a web page or an XML document, not a table Pacta reads (some programs give such files an .xls name). Open it in your spreadsheet program, save it as .xlsx or CSV, and upload that.")
    String sheet_markup();

    @Message("This file is neither an Excel workbook nor text. Save the table as .xlsx or CSV, and upload that.")
    String sheet_binary();

    @Message("This workbook is damaged and cannot be read. Open it in your spreadsheet program, save it again as .xlsx or CSV, and upload that.")
    String sheet_damaged();

    @Message("This workbook unpacks to more than {max} MiB, more than a plan needs. Delete other sheets and pictures, or save the table as CSV, and upload that.")
    String sheet_unpacks_too_large(int max);

    @Message("This workbook has no sheet \"{name}\"; its sheets are {sheets}.")
    String sheet_unknown(String name, String sheets);

    @Message("This workbook has no sheets.")
    String sheet_none();

    @Message("\"{name}\" is not an encoding Pacta knows. Leave it empty to have it detected, or choose one of UTF-8, UTF-16, windows-1251, windows-1252.")
    String sheet_unknown_encoding(String name);

    @Message("The file is not {encoding} text (byte {offset} does not fit). Leave the encoding empty to have it detected, or choose the one the file was saved in.")
    String sheet_wrong_encoding(String encoding, long offset);

    @Message("Line {line}: a quoted value is not closed. End it with a double quote (\") before the next delimiter or the end of the line, or save the file again from your spreadsheet program.")
    String sheet_unclosed_quote(int line);

    @Message("Line {line}: a closing double quote must be followed by the delimiter or the end of the line; inside a quoted value, write a double quote as two (\"\").")
    String sheet_after_quote(int line);

    @Message("Line {line} cannot be read as CSV. Check its quotes, or save the file again from your spreadsheet program.")
    String sheet_csv_invalid(int line);

    @Message("The sheet has more than {max} rows. Split it into files of at most {max} rows each.")
    String sheet_too_many_rows(int max);

    @Message("Row {row} has a value in column {column}, beyond the {max} columns Pacta reads. Delete the columns that are not part of the plan, and upload the file again.")
    String sheet_too_many_columns(int row, String column, int max);

    @Message("The cell in row {row}, column {column} holds more than {max} characters. Shorten it, and upload the file again.")
    String sheet_cell_too_long(int row, String column, int max);

    @Message("This column has no name in the header row; it is called \"{name}\" here.")
    String sheet_column_unnamed(String name);

    @Message("Another column is also named \"{original}\"; this one is called \"{name}\" here.")
    String sheet_column_duplicate(String original, String name);

    @Message("There are no rows below the header row.")
    String sheet_header_only();

    @Message("This upload came with the session cookie but without the page's CSRF token (the form field csrf-token or the X-CSRF-TOKEN header), so it could have been sent by another site. Reload the page and send the file again; scripts can use an API token (Authorization: Bearer) instead.")
    String upload_needs_csrf();

    @Message("The mapping is not valid JSON ({detail}). Send an object that names a field for each column, for example \"Action\": \"title\", \"Deadline\": \"dueDate\".")
    String import_mapping_json(String detail);

    @Message("Column \"{column}\": \"{field}\" is not a field; the fields are {fields}.")
    String import_mapping_field(String column, String field, String fields);

    @Message("The mapping names a column \"{column}\" that the file does not have; its columns are {columns}.")
    String import_mapping_column(String column, String columns);

    @Message("Columns \"{first}\" and \"{second}\" are both mapped to {field}; map only one of them.")
    String import_mapping_twice(String field, String first, String second);

    @Message("The mapping's {option} \"{value}\" is not understood; use {allowed}.")
    String import_mapping_option(String option, String value, String allowed);

    @Message("Map a column to title (the name of each commitment): nothing can be imported without it.")
    String import_no_title();

    @Message("Name the agreement to import into (agreementId), or give a new agreement's title and parties (party codes, comma-separated).")
    String import_target();

    @Message("Give either agreementId or a new agreement's title and parties, not both.")
    String import_target_both();

    @Message("\"{word}\" is not a party of this agreement ({parties}). Write one of their codes or names, or map the word to a party in the mapping's \"parties\".")
    String import_party_unknown(String word, String parties);

    @Message("No responsible party: map a column to responsibleParty, choose the party for rows without one (\"party\"), or map the bodies to parties (\"parties\"). The agreement's parties are {parties}.")
    String import_party_missing(String parties);

    @Message("The mapping gives \"{word}\" to {code}, which is not a party of this agreement ({parties}).")
    String import_party_map_unknown(String word, String code, String parties);

    @Message("Dates such as {example} can be read day-first or month-first. Choose the order of this column: dateOrder DMY (31/12/2024) or MDY (12/31/2024).")
    String import_date_order(String example);

    @Message("\"{text}\" is not a day; give the day, for example 2024-12-31.")
    String import_day_needed(String text);

    @Message("The reference {reference} is also used in row {first}; a reference names one item.")
    String import_reference_twice(String reference, int first);

    @Message("No commitment \"{parent}\" in the file or the agreement to put this milestone under; write the reference (or title) of a commitment.")
    String import_parent_unknown(String parent);

    @Message("Several commitments of this agreement are titled \"{title}\"; add a reference column (the plan's numbering) so that each row names one.")
    String import_title_ambiguous(String title);

    @Message("Milestone {reference} belongs to the commitment \"{commitment}\" in Pacta; an import does not move a milestone to another commitment.")
    String import_milestone_elsewhere(String reference, String commitment);

    @Message("\"{text}\" is not a priority; use Low, Normal, High or Critical.")
    String import_priority_unknown(String text);

    @Message("The title has {length} characters; it is cut at a word to {kept}, and the full text begins the description.")
    String import_note_title_cut(int length, int kept);

    @Message("The milestone's title has {length} characters; it is cut at a word to {kept} (a milestone keeps no longer text).")
    String import_note_milestone_title_cut(int length, int kept);

    @Message("The deadline moved but no reason is given; \"{reason}\" is recorded as the reason.")
    String import_note_reason_default(String reason);

    @Message("Marked done without a completion date; recorded as done on {date}.")
    String import_note_completed_on(String date);

    @Message("Pacta keeps {first} as this commitment's first deadline; the file's original deadline is not applied.")
    String import_note_baseline_kept(String first);

    @Message("{label} is a Solar Hijri period; it is kept as its last day, {date}.")
    String import_note_solar_period(String label, String date);

    @Message("{count} commitment(s) of the agreement are not in the file; they are left as they are.")
    String import_note_left_alone(int count);

    @Message("The item is done in Pacta; a status other than done in the file does not reopen it (record progress on its page to reopen it).")
    String import_note_reopened_ignored();

    @Message("The file has {count} problem(s); nothing was imported. Each is listed with its row and column: correct them and import again (a dry run shows them all without importing).")
    String import_problems(int count);

    @Message("No column is mapped to dueDate: every item is imported without a fixed date. Map the deadline column to follow the deadlines.")
    String import_note_no_due_column();

    @Message("No deadline in this row: the item is imported without a fixed date (\"{words}\").")
    String import_note_no_due(String words);

    @Message("This upload is no longer kept (a file is kept for a day, for the person who uploaded it): upload the file again.")
    String import_upload_gone();

    @Message("The agreement \"{title}\" between these parties is already in Pacta (agreement {id}); nothing was imported. To import this roadmap as a second agreement, send it again with again=true (on the page: tick \"Import it as a second agreement\").")
    String roadmap_already_imported(String title, long id);
}
