package org.pacta.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.LedgerCache;
import org.pacta.plan.PlanDates;
import org.pacta.platform.Refusal;
import org.pacta.platform.CsvCells;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.security.Access;
import org.pacta.sheet.ImportField;

/** The overdue report as the API and the report page answer it: a page kept by the ledger cache, or every row as CSV. */
@ApplicationScoped
public class OverdueAnswers {

    /**
     * The columns it shares with a plan carry the import's own names ({@link ImportField#header()}), so that the
     * report opens beside a plan and reads back into the import; the report's own columns have plain English names.
     */
    static final String[] CSV_HEADER = {"Kind", "Item id", ImportField.REFERENCE.header(), ImportField.TITLE.header(),
        ImportField.PARENT.header(), "Commitment id", "Agreement id", "Agreement", ImportField.RESPONSIBLE_PARTY.header(),
        ImportField.RESPONSIBLE_BODY.header(), ImportField.OWNER_NAME.header(), ImportField.OWNER_EMAIL.header(),
        ImportField.DUE_DATE.header(), ImportField.ORIGINAL_DUE_DATE.header(), ImportField.STATUS.header(), "Due at",
        "Time zone", "Precision", "Days overdue", "Slippage days"};

    /** With confirmation=: the same columns up to the precision, then the completion's. */
    static final String[] CONFIRMATION_CSV_HEADER = java.util.stream.Stream.concat(
            java.util.Arrays.stream(CSV_HEADER, 0, CSV_HEADER.length - 2),
            java.util.stream.Stream.of("Completed at", "Confirmation", "Days waiting")).toArray(String[]::new);

    @Inject
    ConfirmationReport confirmations;

    @Inject
    OverdueReport report;

    @Inject
    Clock clock;

    @Inject
    LedgerCache cache;

    @Inject
    Access access;

    /** A page under the ledger stamp read now. */
    public PageResult<OverdueItem> cachedPage(String party, String agreement, String tag, String minDays, String body,
            PageRequest page) {
        return cachedPage(party, agreement, tag, minDays, body, page, cache.stamp());
    }

    /**
     * With {@code confirmation} (pending, disputed or confirmed) the completed items in that state instead of the
     * overdue ones, read afresh: their days waiting move with the clock, not with the ledger.
     */
    public PageResult<OverdueItem> page(String party, String agreement, String tag, String minDays, String body,
            String confirmation, PageRequest page, long stamp) {
        Confirmation state = confirmation(confirmation);
        if (state == null) {
            return cachedPage(party, agreement, tag, minDays, body, page, stamp);
        }
        return confirmations.page(filter(party, agreement, tag, minDays, body).withConfirmation(state), page,
                clock.instant());
    }

    public static Confirmation confirmation(String value) {
        return QueryParams.oneEnum(value, Confirmation.class, "confirmation");
    }

    private record PageKey(String party, String agreement, String tag, String minDays, String bodyKey, PageRequest page,
            boolean anonymous) {
    }

    /**
     * A page of the report, kept by the ledger cache (the HTML report reads it here too): it stays right until the
     * ledger changes, the next open deadline crosses the report's cut-off, or a listed item's day count moves.
     */
    public PageResult<OverdueItem> cachedPage(String party, String agreement, String tag, String minDays, String body,
            PageRequest page, long stamp) {
        PageKey key = new PageKey(party, agreement, tag, minDays, Commitment.bodyKey(body), page, access.publicOnly());
        return cache.answer(key, stamp, clock.instant(), now -> {
            OverdueFilter filter = filter(party, agreement, tag, minDays, body);
            PageResult<OverdueItem> result = report.page(filter, page, now);
            Duration lag = OverdueReport.cutoffLag(filter);
            Instant until = cache.nextDeadlineAfter(now.minus(lag)).plus(lag);
            return new LedgerCache.Fresh<>(result,
                    LedgerCache.untilCountsMove(until, result.items().stream().map(OverdueItem::dueAt), now));
        });
    }

    /** Every row, streamed as CSV for download. */
    public Response csv(String party, String agreement, String tag, String minDays, String responsibleBody,
            String confirmation) {
        Confirmation state = confirmation(confirmation);
        OverdueFilter filter = filter(party, agreement, tag, minDays, responsibleBody).withConfirmation(state);
        Instant now = clock.instant();
        String[] header = state == null ? CSV_HEADER : CONFIRMATION_CSV_HEADER;
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                CsvCells.write(writer, header, csv -> QuarkusTransaction.joiningExisting().run(() -> {
                    if (state == null) {
                        report.forEach(filter, now, item -> print(csv, item));
                    } else {
                        confirmations.forEach(filter, now, item -> print(csv, item));
                    }
                }));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + (state == null ? "overdue-"
                        : "confirmation-" + state.name().toLowerCase(Locale.ROOT) + "-") + now.toString().substring(0, 10) + ".csv\"")
                .build();
    }

    private static void print(CSVPrinter csv, OverdueItem i) {
        try {
            boolean milestone = "MILESTONE".equals(i.kind());
            String parent = !milestone ? null : i.commitmentReference() != null ? i.commitmentReference() : i.commitmentTitle();
            Deadline deadline = i.dueAt() == null ? null
                    : new Deadline(i.dueAt(), ZoneId.of(i.dueZone()), i.dueDate() != null, i.duePrecision());
            java.util.List<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(i.kind(), i.id(),
                    CsvCells.text(i.reference()), CsvCells.text(i.title()), CsvCells.text(parent),
                    i.commitmentId(), i.agreementId(), CsvCells.text(i.agreementTitle()), i.responsibleParty(),
                    CsvCells.text(i.responsibleBody()), i.owner() == null ? null : CsvCells.text(i.owner().name()),
                    i.owner() == null ? null : CsvCells.text(i.owner().email()),
                    deadline == null ? null : PlanDates.text(PlanDates.cell(deadline)),
                    i.originalDueDate(), milestone ? null : i.status(), i.dueAt(), i.dueZone(), i.duePrecision()));
            if (i.confirmation() == null) {
                cells.addAll(java.util.Arrays.asList(i.daysOverdue(), i.slippageDays()));
            } else {
                cells.addAll(java.util.Arrays.asList(i.completedAt(), i.confirmation(), i.daysWaiting()));
            }
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OverdueFilter filter(String party, String agreement, String tag, String minDays, String body) {
        Long partyId = null;
        if (party != null && !party.isBlank()) {
            partyId = Party.byCode(party.strip()).map(p -> p.id).orElseThrow(() -> Refusal.invalidField("party",
                    r -> r.no_party(party)));
        }
        Long min = QueryParams.id(minDays, "minDaysOverdue");
        if (min != null && (min < 1 || min > 100_000)) {
            throw Refusal.invalidField("minDaysOverdue", r -> r.min_days_range(1, 100_000));
        }
        String t = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        return new OverdueFilter(partyId, QueryParams.id(agreement, "agreement"), t, min == null ? null : min.intValue(),
                Commitment.bodyKey(body));
    }
}
