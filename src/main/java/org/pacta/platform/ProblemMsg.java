package org.pacta.platform;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The titles of problem documents in the request's language (Accept-Language), as {problem:key}; files
 * messages/problem_en.properties, problem_ru and problem_fa, each in this interface's order. The details are
 * {@link Refusals}; the English titles are the HTTP reason phrases and Pacta's own, and stay what they were.
 */
@MessageBundle(value = "problem", locale = "en")
public interface ProblemMsg {

    String title_bad_request();
    String title_unauthorized();
    String title_forbidden();
    String title_not_found();
    String title_method_not_allowed();
    String title_not_acceptable();
    String title_conflict();
    String title_gone();
    String title_precondition_failed();
    String title_too_large();
    String title_unsupported_media();
    String title_invalid();
    String title_precondition_required();
    String title_unreadable_file();
    String title_already_running();
    String title_backup_directory();
    String title_not_embedded();
    String title_server_error();
    String title_unavailable();
}
