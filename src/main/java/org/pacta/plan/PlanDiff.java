package org.pacta.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentService;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.Due;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.Milestone;
import org.pacta.commitment.Priority;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.SheetDate;
import org.pacta.sheet.SheetProblem;

/**
 * Each row matched with the item it stands for and compared with it: a new item, an update (with the fields that
 * change), or unchanged. The file changes only what it says: a column that is not mapped, or a blank cell, leaves the
 * item's value as it is.
 */
final class PlanDiff {

    /** The words of an item the plan gives no deadline. */
    static final String NO_DUE = "No deadline in the imported plan";
    static final String REVISED = "Revised in the imported plan";

    /** A row with what it will do. */
    static final class Planned {
        final PlanRow row;
        Party party;
        Commitment commitment;
        Milestone milestone;
        /** A new milestone's commitment when that is new too. */
        Planned parent;
        String action;
        final List<String> changes = new ArrayList<>();
        Due due;
        /** A new commitment's first deadline, when the plan revised it since. */
        Deadline first;
        String reason;
        Instant completedAt;

        Planned(PlanRow row) {
            this.row = row;
        }

        ZoneId zone() {
            return party.zone();
        }
    }

    private final ImportMapping mapping;
    private final PlanReading reading;
    private final PlanImport.Existing existing;
    private final List<SheetProblem> problems;
    private final List<SheetProblem> notes;
    private final Instant now;
    private final Set<Long> matched = new HashSet<>();

    PlanDiff(ImportMapping mapping, PlanReading reading, PlanImport.Existing existing, List<SheetProblem> problems,
            List<SheetProblem> notes, Instant now) {
        this.mapping = mapping;
        this.reading = reading;
        this.existing = existing;
        this.problems = problems;
        this.notes = notes;
        this.now = now;
    }

    List<Planned> compare(List<PlanRow> rows) {
        java.util.Map<PlanRow, Planned> byRow = new java.util.LinkedHashMap<>();
        for (PlanRow row : rows) {
            if (row.usable && !row.isMilestone()) {
                byRow.put(row, commitment(row));
            }
        }
        for (PlanRow row : rows) {
            if (row.usable && row.isMilestone()) {
                byRow.put(row, milestone(row, row.under == null ? null : byRow.get(row.under)));
            }
        }
        List<Planned> out = new ArrayList<>();
        for (PlanRow row : rows) {
            Planned p = byRow.get(row);
            if (p != null && p.row.usable) {
                out.add(p);
            }
        }
        return out;
    }

    private Planned commitment(PlanRow row) {
        Planned p = new Planned(row);
        String key = PlanRow.key(row.reference);
        Commitment c = key == null ? null : existing.commitmentsByReference.get(key);
        if (c == null) {
            List<Commitment> same = existing.commitmentsByTitle.get(PlanRow.titleKey(row.title));
            if (same != null && same.size() > 1) {
                String title = row.title;
                problem(row, ImportField.TITLE, r -> r.import_title_ambiguous(title));
                return p;
            }
            c = same == null ? null : same.get(0);
        }
        if (c != null && !matched.add(c.id)) {
            c = null; // a second row of the same title is a new item
        }
        p.commitment = c;
        p.party = row.partyCode != null ? reading.partyOf(row.partyCode) : c != null ? c.responsibleParty : null;
        if (p.party == null) {
            if (row.partyMissing) {
                String listed = reading.codes();
                problem(row, reading.partyField(), r -> r.import_party_missing(listed));
            }
            row.usable = false;
            return p;
        }
        if (row.fullTitle != null) {
            int length = row.fullTitle.length();
            int kept = row.title.length();
            notes.add(SheetProblem.at(row.row, mapping.column(ImportField.TITLE), r -> r.import_note_title_cut(length, kept)));
        }
        p.due = due(row, row.due, p.zone(), c == null);
        checkDates(p);
        p.completedAt = completion(p);
        if (c == null) {
            p.action = PlanImportResult.CREATE;
            baseline(p);
            return p;
        }
        compareCommitment(p, c);
        return p;
    }

    private void compareCommitment(Planned p, Commitment c) {
        PlanRow row = p.row;
        change(p, "title", row.title != null && !row.title.equals(c.title));
        change(p, "reference", row.reference != null && !row.reference.equals(c.reference));
        change(p, "description", row.given.contains(ImportField.DESCRIPTION) && !Objects.equals(row.description, c.description));
        change(p, "responsibleParty", row.partyCode != null && !row.partyCode.equalsIgnoreCase(c.responsibleParty.code));
        change(p, "responsibleBody", row.body != null && !Objects.equals(Commitment.bodyKey(row.body), Commitment.bodyKey(c.responsibleBody)));
        change(p, "ownerName", row.ownerName != null && !row.ownerName.equals(c.ownerName));
        change(p, "ownerEmail", row.ownerEmail != null && !row.ownerEmail.equalsIgnoreCase(String.valueOf(c.ownerEmail)));
        change(p, "priority", row.priority != null && row.priority != c.priority);
        change(p, "tags", row.tags != null && !CommitmentService.normalizeTags(row.tags).equals(c.tags));
        change(p, "startOn", row.startOn != null && !row.startOn.equals(c.startOn));
        if (p.due != null) {
            if (p.due.isUndated()) {
                if (!c.isUndated()) {
                    problem(row, ImportField.DUE_DATE, Refusals::dated_cannot_become_undated);
                } else {
                    change(p, "undated", !p.due.undated().equals(c.undated));
                }
            } else if (!p.due.deadline().sameAs(c.deadline())) {
                change(p, "dueDate", true);
                p.reason = reason(row);
            }
        }
        if (row.original != null && !row.original.undated() && c.baselineDueAt != null) {
            Deadline first = deadline(row.original, p.zone());
            if (!first.dueAt().equals(c.baselineDueAt)) {
                String kept = c.baselineDueAt.atZone(p.zone()).minusDays(1).toLocalDate().toString();
                notes.add(SheetProblem.at(row.row, mapping.column(ImportField.ORIGINAL_DUE_DATE),
                        r -> r.import_note_baseline_kept(kept)));
            }
        }
        if (row.status != null && row.status != c.status) {
            if (c.status == CommitmentStatus.DONE) {
                notes.add(SheetProblem.at(row.row, mapping.column(ImportField.STATUS), Refusals::import_note_reopened_ignored));
            } else {
                change(p, "status", true);
            }
        } else if (c.status == CommitmentStatus.DONE && !c.completionEvidenced && !row.links.isEmpty()) {
            change(p, "evidence", true);
        }
        String latest = existing.latestNotes.get(c.id);
        change(p, "progressNote", row.progressNote != null && !row.progressNote.equals(latest)
                && !p.changes.contains("status"));
        p.action = p.changes.isEmpty() ? null : PlanImportResult.UPDATE;
    }

    private Planned milestone(PlanRow row, Planned parentRow) {
        Planned p = new Planned(row);
        Commitment parent = parentRow != null ? parentRow.commitment : row.underExisting;
        p.parent = parentRow;
        p.party = parentRow != null ? parentRow.party : row.underExisting.responsibleParty;
        if (p.party == null || parentRow != null && !parentRow.row.usable) {
            row.usable = false;
            return p;
        }
        String key = PlanRow.key(row.reference);
        Milestone m = key == null ? null : existing.milestonesByReference.get(key);
        if (m != null && (parent == null || !m.commitment.id.equals(parent.id))) {
            String reference = row.reference;
            String title = m.commitment.title;
            problem(row, ImportField.REFERENCE, r -> r.import_milestone_elsewhere(reference, title));
            return p;
        }
        if (m == null && parent != null) {
            List<Milestone> same = existing.milestonesByTitle.getOrDefault(parent.id, java.util.Map.of())
                    .get(PlanRow.titleKey(row.title));
            if (same != null && same.size() > 1) {
                String title = row.title;
                problem(row, ImportField.TITLE, r -> r.import_title_ambiguous(title));
                return p;
            }
            m = same == null ? null : same.get(0);
        }
        if (m != null && !matched.add(-m.id)) {
            m = null;
        }
        p.milestone = m;
        if (row.fullTitle != null) {
            int length = row.fullTitle.length();
            int kept = row.title.length();
            notes.add(SheetProblem.at(row.row, mapping.column(ImportField.TITLE),
                    r -> r.import_note_milestone_title_cut(length, kept)));
        }
        p.due = due(row, row.due, p.zone(), m == null);
        checkDates(p);
        p.completedAt = milestoneCompletion(p, m);
        if (m == null) {
            p.action = PlanImportResult.CREATE;
            return p;
        }
        change(p, "title", row.title != null && !row.title.equals(m.title));
        change(p, "reference", row.reference != null && !row.reference.equals(m.reference));
        if (p.due != null) {
            if (p.due.isUndated()) {
                if (!m.isUndated()) {
                    problem(row, ImportField.DUE_DATE, Refusals::dated_cannot_become_undated);
                } else {
                    change(p, "undated", !p.due.undated().equals(m.undated));
                }
            } else {
                change(p, "dueDate", !p.due.deadline().sameAs(m.deadline()));
            }
        }
        change(p, "completedOn", m.completedAt == null && p.completedAt != null);
        String evidence = milestoneEvidence(row);
        change(p, "evidence", evidence != null && !evidence.equals(m.evidence));
        p.action = p.changes.isEmpty() ? null : PlanImportResult.UPDATE;
        return p;
    }

    static String milestoneEvidence(PlanRow row) {
        return row.evidenceText != null ? row.evidenceText : row.links.isEmpty() ? null : String.join("\n", row.links);
    }

    /** The row's deadline in the responsible party's zone; a new item without one has no fixed date. */
    private Due due(PlanRow row, SheetDate date, ZoneId zone, boolean isNew) {
        if (date == null) {
            if (!isNew) {
                return null;
            }
            String column = mapping.column(ImportField.DUE_DATE);
            // A cell that could not be read is a problem already; only a blank one means "no fixed date".
            if (column != null && problems.stream().noneMatch(p -> Integer.valueOf(row.row).equals(p.row()) && column.equals(p.column()))) {
                notes.add(SheetProblem.at(row.row, column, r -> r.import_note_no_due(NO_DUE)));
            }
            return Due.undated(NO_DUE);
        }
        return date.undated() ? Due.undated(date.text()) : Due.of(deadline(date, zone));
    }

    static Deadline deadline(SheetDate date, ZoneId zone) {
        // A Solar Hijri period is kept as its last day (the reader was told); Gregorian periods keep their precision.
        if (date.precision() == DuePrecision.DAY || date.solarHijri()) {
            return Deadline.endOf(date.due(), zone);
        }
        return Deadline.endOfPeriod(date.due(), date.precision(), zone);
    }

    private void baseline(Planned p) {
        PlanRow row = p.row;
        if (row.original == null || row.original.undated() || p.due.isUndated()) {
            return;
        }
        Deadline first = deadline(row.original, p.zone());
        if (!first.dueAt().equals(p.due.deadline().dueAt())) {
            p.first = first;
            p.reason = reason(row);
        }
    }

    private String reason(PlanRow row) {
        if (row.reason != null) {
            return row.reason;
        }
        notes.add(SheetProblem.at(row.row, mapping.column(ImportField.DUE_DATE), r -> r.import_note_reason_default(REVISED)));
        return REVISED;
    }

    private void checkDates(Planned p) {
        PlanRow row = p.row;
        for (LocalDate day : new LocalDate[] {row.startOn, row.completedOn}) {
            if (day != null && !TimeRules.plausible(day)) {
                problem(row, day == row.startOn ? ImportField.START_ON : ImportField.COMPLETED_ON, TimeRules.implausible());
            }
        }
        if (row.completedOn != null && row.completedOn.atStartOfDay(p.zone()).toInstant().isAfter(now)) {
            problem(row, ImportField.COMPLETED_ON, row.isMilestone() ? Refusals::milestone_in_future : Refusals::completed_in_future);
        }
        if (row.startOn != null && p.due != null && !p.due.isUndated()
                && row.startOn.isAfter(p.due.deadline().localDate())) {
            LocalDate due = p.due.deadline().localDate();
            LocalDate start = row.startOn;
            problem(row, ImportField.DUE_DATE, r -> r.deadline_before_start(due, start));
        }
    }

    /** A commitment's completion: the day the file gives, else none (a reported completion is not dated by the import). */
    private Instant completion(Planned p) {
        if (p.row.completedOn == null) {
            return null;
        }
        if (p.row.status != CommitmentStatus.DONE && p.row.status != null) {
            problem(p.row, ImportField.COMPLETED_ON, Refusals::completed_only_when_done);
            return null;
        }
        p.row.status = CommitmentStatus.DONE;
        return p.row.completedOn.atStartOfDay(p.zone()).toInstant();
    }

    /**
     * A milestone done: on the day the file gives; else on its deadline when that has passed, else today (both said in
     * a note), since a milestone reached has a day.
     */
    private Instant milestoneCompletion(Planned p, Milestone existingMilestone) {
        PlanRow row = p.row;
        if (row.completedOn != null) {
            return row.completedOn.atStartOfDay(p.zone()).toInstant();
        }
        if (row.status != CommitmentStatus.DONE || existingMilestone != null && existingMilestone.completedAt != null) {
            return null;
        }
        Instant at = p.due != null && !p.due.isUndated() && p.due.deadline().dueAt().isBefore(now)
                ? p.due.deadline().localDate().atStartOfDay(p.zone()).toInstant() : now;
        String day = at.atZone(p.zone()).toLocalDate().toString();
        notes.add(SheetProblem.at(row.row, mapping.column(ImportField.STATUS), r -> r.import_note_completed_on(day)));
        return at;
    }

    private void change(Planned p, String field, boolean changed) {
        if (changed) {
            p.changes.add(field);
        }
    }

    private void problem(PlanRow row, ImportField field, org.pacta.platform.Phrase phrase) {
        problems.add(SheetProblem.at(row.row, field == null ? null : mapping.column(field), phrase));
        row.usable = false;
    }

    static Priority priority(PlanRow row) {
        return row.priority == null ? Priority.NORMAL : row.priority;
    }
}
