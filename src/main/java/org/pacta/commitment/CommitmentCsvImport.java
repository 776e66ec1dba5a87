package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.Phrase;
import org.pacta.platform.Problem.FieldError;
import org.pacta.platform.Refusals;

/**
 * Commitments from a CSV file, one a line, into one agreement: all are created or none, and every problem is
 * reported with its line. Columns (header required, any order): title, responsibleParty and dueDate, dueAt or
 * undated are needed; description, ownerName, ownerEmail, tags (separated by ';'), priority, startOn, dueZone, status,
 * dependsOn (commitment ids separated by ';'), responsibleBody, reference, duePrecision are optional.
 */
@ApplicationScoped
public class CommitmentCsvImport {

    private static final Logger LOG = Logger.getLogger(CommitmentCsvImport.class);
    static final int MAX_ROWS = 10_000;
    static final Set<String> COLUMNS = new LinkedHashSet<>(Arrays.asList("title", "description", "responsibleParty",
            "ownerName", "ownerEmail", "tags", "priority", "startOn", "dueDate", "dueAt", "dueZone", "status", "dependsOn",
            "responsibleBody", "reference", "duePrecision", "undated"));

    @Inject
    CommitmentService commitments;

    @Inject
    Validator validator;

    public List<Commitment> importCsv(long agreementId, String csv) {
        if (csv == null || csv.isBlank()) {
            throw Refusal.badRequest(Refusals::csv_empty);
        }
        List<FieldError> errors = new ArrayList<>();
        List<CommitmentInput> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(strip(csv))).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            checkHeader(header, errors);
            if (!errors.isEmpty()) {
                throw Refusal.invalid(errors);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    throw Refusal.invalid(List.of(FieldError.line(line, null, r -> r.csv_too_many(MAX_ROWS))));
                }
                rows.add(row(record, line, errors));
                lines.add(line);
            }
        } catch (IOException e) {
            throw unreadable(new UncheckedIOException(e));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw unreadable(e);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw Refusal.badRequest(Refusals::csv_no_rows);
        }
        List<Commitment> created = commitments.createAll(agreementId, rows, lines, errors);
        LOG.infof("%d commitment(s) imported from CSV into agreement %d", created.size(), agreementId);
        return created;
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("line (\\d+)\\)");

    /**
     * commons-csv's account of a line it cannot read names its own exception class and speaks of "encapsulated
     * tokens"; the person gets the line and what was expected there.
     */
    private static Refusal unreadable(RuntimeException e) {
        Throwable root = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(root.getMessage());
        java.util.regex.Matcher m = LINE.matcher(message);
        int line = m.find() ? Integer.parseInt(m.group(1)) : 1;
        Phrase what = message.contains("EOF reached before encapsulated token finished") ? r -> r.csv_unclosed_quote(line)
                : message.contains("invalid char between encapsulated token and delimiter") ? r -> r.csv_after_quote(line)
                : r -> r.csv_invalid(line);
        return new Refusal(Refusal.Reason.BAD_REQUEST, what, List.of(FieldError.line(line, null, what)));
    }

    private static String strip(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    private static void checkHeader(Map<String, Integer> header, List<FieldError> errors) {
        for (String name : header.keySet()) {
            if (!COLUMNS.contains(name)) {
                errors.add(FieldError.line(1, name, r -> r.csv_unknown_column(name, COLUMNS.toString())));
            }
        }
        for (String needed : List.of("title", "responsibleParty")) {
            if (!header.containsKey(needed)) {
                errors.add(FieldError.line(1, needed, r -> r.csv_column_required(needed)));
            }
        }
        if (!header.containsKey("dueDate") && !header.containsKey("dueAt") && !header.containsKey("undated")) {
            errors.add(FieldError.line(1, "dueDate", Refusals::csv_due_column));
        }
    }

    /** The row as an input, or null when a cell could not be read (then its problems are in {@code errors}). */
    private CommitmentInput row(CSVRecord r, int line, List<FieldError> errors) {
        int before = errors.size();
        Cells cells = new Cells(r, line, errors);
        CommitmentInput in = new CommitmentInput(cells.text("title"), cells.text("description"),
                cells.text("responsibleParty"),
                cells.text("ownerName") == null && cells.text("ownerEmail") == null ? null
                        : new Owner(cells.text("ownerName"), cells.text("ownerEmail")),
                cells.list("tags", s -> s), cells.parse("priority", s -> Priority.valueOf(s.toUpperCase(Locale.ROOT)),
                        value -> w -> w.not_one_of(value, Arrays.toString(Priority.values()))),
                cells.parse("startOn", LocalDate::parse, value -> w -> w.not_date_such_as(value)),
                cells.parse("dueAt", Instant::parse, value -> w -> w.not_instant_such_as(value)),
                cells.parse("dueDate", LocalDate::parse, value -> w -> w.not_date_such_as(value)), cells.text("dueZone"),
                cells.parse("status", s -> CommitmentStatus.valueOf(s.toUpperCase(Locale.ROOT)),
                        value -> w -> w.not_one_of(value, Arrays.toString(CommitmentStatus.values()))),
                cells.list("dependsOn", Long::valueOf), null, null, cells.text("responsibleBody"), cells.text("reference"),
                cells.parse("duePrecision", s -> DuePrecision.valueOf(s.toUpperCase(Locale.ROOT)),
                        value -> w -> w.not_one_of(value, Arrays.toString(DuePrecision.values()))),
                cells.text("undated"));
        for (ConstraintViolation<CommitmentInput> v : validator.validate(in)) {
            String field = v.getPropertyPath().toString();
            errors.add(FieldError.line(line, field.replace("owner.name", "ownerName").replace("owner.email", "ownerEmail"),
                    Phrase.of(v)));
        }
        return errors.size() == before ? in : null;
    }

    private record Cells(CSVRecord record, int line, List<FieldError> errors) {

        String text(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value == null || value.isBlank() ? null : value;
        }

        <T> T parse(String column, Function<String, T> parser, Function<String, Phrase> notThat) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (DateTimeException | IllegalArgumentException e) {
                errors.add(FieldError.line(line, column, notThat.apply(value)));
                return null;
            }
        }

        <T> List<T> list(String column, Function<String, T> parser) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            List<T> out = new ArrayList<>();
            for (String part : value.split(";")) {
                if (!part.isBlank()) {
                    try {
                        out.add(parser.apply(part.strip()));
                    } catch (IllegalArgumentException e) {
                        String id = part.strip();
                        errors.add(FieldError.line(line, column, r -> r.not_a_commitment_id(id)));
                    }
                }
            }
            return out;
        }
    }
}
