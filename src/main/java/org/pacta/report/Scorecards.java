package org.pacta.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.pacta.agreement.Party;
import org.pacta.commitment.LedgerCache;
import org.pacta.platform.CsvCells;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Refusal;
import org.pacta.platform.TimeRules;
import org.pacta.security.Access;

/** The scorecard as the API, its CSV and the pages ask for it: the parameters read, the figures put together. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Scorecards {

    static final int MAX_YEARS = 10;

    static final String[] CSV_HEADER = {"Scope", "Id", "Code", "Name", "Due", "On time", "Late", "Still overdue",
        "Not yet due", "On-time rate", "Median slippage days", "Mean slippage days", "Deadline revisions",
        "Re-baselined items", "Completions", "Confirmed", "Disputed", "Unconfirmed"};

    @Inject
    ScorecardQueries queries;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @Inject
    LedgerCache cache;

    @Inject
    ScorecardState state;

    /** What a kept scorecard depends on besides the ledger and the time. */
    private record Key(Long agreementId, Long partyId, LocalDate from, LocalDate to, boolean publicOnly) {
    }

    /** The scorecard for the query parameters as given (any may be blank); bad ones are refused. */
    public Scorecard card(String agreement, String party, String from, String to) {
        boolean publicOnly = access.publicOnly();
        Long agreementId = QueryParams.id(agreement, "agreement");
        if (agreementId != null && !queries.agreementVisible(agreementId, publicOnly)) {
            long id = agreementId;
            throw Refusal.invalidField("agreement", r -> r.no_agreement(id));
        }
        Long partyId = null;
        if (party != null && !party.isBlank()) {
            partyId = Party.byCode(party.strip()).map(p -> p.id).orElseThrow(() -> Refusal.invalidField("party",
                    r -> r.no_party(party)));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate end = date(to, "to");
        end = end == null ? today : end;
        LocalDate start = date(from, "from");
        start = start == null ? end.minusMonths(12).plusDays(1) : start;
        if (start.isAfter(end)) {
            LocalDate a = start;
            LocalDate b = end;
            throw Refusal.invalidField("from", r -> r.scorecard_from_after_to(a.toString(), b.toString()));
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw Refusal.invalidField("from", r -> r.scorecard_period_too_long(MAX_YEARS));
        }
        return card(agreementId, partyId, start, end, publicOnly);
    }

    /** One agreement's scorecard over the last twelve months, for a page that shows it beside the agreement. */
    public Scorecard forAgreement(long agreementId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return card(agreementId, null, today.minusMonths(12).plusDays(1), today, access.publicOnly());
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = org.pacta.platform.DateInput.parse(value);
        } catch (DateTimeException e) {
            throw Refusal.invalidField(name, r -> r.not_a_date(value));
        }
        if (!TimeRules.plausible(d)) {
            throw Refusal.invalidField(name, r -> r.implausible_year_of(name, TimeRules.MIN_YEAR, TimeRules.MAX_YEAR));
        }
        return d;
    }

    /**
     * Kept by the ledger cache: a period that has ended stays right until the ledger changes; one that runs to now
     * until then or until the next open deadline passes (the only thing that moves its figures with time alone).
     */
    Scorecard card(Long agreementId, Long partyId, LocalDate from, LocalDate to, boolean publicOnly) {
        Instant now = clock.instant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long stamp = cache.stamp();
        Scorecard card = cache.answer(new Key(agreementId, partyId, from, to, publicOnly), stamp, now,
                t -> new LedgerCache.Fresh<>(compute(agreementId, partyId, from, to, publicOnly, t, memory(stamp)),
                end.isAfter(t) ? LedgerCache.earliest(end, cache.nextDeadlineAfter(t)) : LedgerCache.NEVER));
        Instant asOf = end.isAfter(now) ? now : end;
        return asOf.equals(card.asOf()) ? card
                : new Scorecard(card.from(), card.to(), asOf, card.total(), card.parties(), card.agreements(), card.trend());
    }

    /** What feeds the sums for a scope and names the agreements fed: the ledger kept in memory, or a test's oracle. */
    interface Source {
        Map<Long, String> feed(ScorecardQueries.Scope scope, ScorecardTotals totals);
    }

    /** The figures from the ledger kept in memory, uncached. */
    Scorecard fresh(Long agreementId, Long partyId, LocalDate from, LocalDate to, boolean publicOnly) {
        return compute(agreementId, partyId, from, to, publicOnly, clock.instant(), memory(cache.stamp()));
    }

    private Source memory(long stamp) {
        return (scope, totals) -> {
            ScorecardState.Snapshot snapshot = state.at(stamp);
            ScorecardState.tally(snapshot, scope, totals, queries.historySince(scope.asOf()));
            return snapshot.titles(totals.byAgreement.keySet());
        };
    }

    Scorecard compute(Long agreementId, Long partyId, LocalDate from, LocalDate to, boolean publicOnly, Instant now,
            Source source) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant asOf = end.isAfter(now) ? now : end;
        List<LocalDate> quarters = new ArrayList<>();
        for (LocalDate q = from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1); !q.isAfter(to);
                q = q.plusMonths(3)) {
            quarters.add(q);
        }
        ScorecardQueries.Scope scope = new ScorecardQueries.Scope(start, end, asOf, agreementId, partyId, publicOnly,
                quarters.stream().map(q -> q.atStartOfDay(ZoneOffset.UTC).toInstant()).toList());
        ScorecardTotals totals = new ScorecardTotals(quarters.size());
        Map<Long, String> titles = source.feed(scope, totals);

        Map<Long, String[]> parties = queries.parties(totals.byParty.keySet());
        List<Scorecard.Line> partyLines = lines(totals.byParty, id -> parties.getOrDefault(id, new String[] {"", ""}));
        partyLines.sort(Comparator.comparing(Scorecard.Line::code));
        List<Scorecard.Line> agreementLines = lines(totals.byAgreement,
                id -> new String[] {null, titles.getOrDefault(id, "")});
        agreementLines.sort(Comparator.comparing(Scorecard.Line::id));
        List<Scorecard.Quarter> quarterList = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            long[] t = totals.trend[i];
            LocalDate q = quarters.get(i);
            quarterList.add(new Scorecard.Quarter(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1), q, t[0], t[1],
                    t[2], t[3], t[0] - t[1] - t[2] - t[3], Scorecard.rate(t[1], t[2], t[3])));
        }
        return new Scorecard(from, to, asOf, totals.total.figures(), partyLines, agreementLines, quarterList);
    }

    private static List<Scorecard.Line> lines(Map<Long, ScorecardTotals.Tally> tallies, Function<Long, String[]> names) {
        List<Scorecard.Line> out = new ArrayList<>();
        tallies.forEach((id, t) -> {
            String[] n = names.apply(id);
            out.add(new Scorecard.Line(id, n[0], n[1], t.figures()));
        });
        return out;
    }

    /** The scorecard as CSV: the whole selection, each party, each agreement, then each quarter's core counts. */
    public String csv(Scorecard card) {
        return CsvCells.file(CSV_HEADER, csv -> {
            row(csv, "TOTAL", null, null, null, card.total());
            for (Scorecard.Line l : card.parties()) {
                row(csv, "PARTY", l.id(), l.code(), l.name(), l.figures());
            }
            for (Scorecard.Line l : card.agreements()) {
                row(csv, "AGREEMENT", l.id(), null, l.name(), l.figures());
            }
            for (Scorecard.Quarter q : card.trend()) {
                csv.printRecord("QUARTER", null, q.label(), q.start(), q.due(), q.onTime(), q.late(), q.overdue(),
                        q.notYetDue(), q.onTimeRate());
            }
        });
    }

    private static void row(CSVPrinter csv, String scope, Long id, String code, String name, Scorecard.Figures f)
            throws IOException {
        csv.printRecord(scope, id, code == null ? null : CsvCells.text(code), name == null ? null : CsvCells.text(name),
                f.due(), f.onTime(), f.late(), f.overdue(), f.notYetDue(), f.onTimeRate(), f.medianSlippageDays(),
                f.meanSlippageDays(), f.revisions(), f.rebaselined(), f.completions(), f.confirmed(), f.disputed(),
                f.unconfirmed());
    }
}
