package org.pacta.plan;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pacta.agreement.Party;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.Owner;
import org.pacta.platform.HttpUrl;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;
import org.pacta.platform.Text;
import org.pacta.sheet.DateColumn;
import org.pacta.sheet.DateOrder;
import org.pacta.sheet.Digits;
import org.pacta.sheet.ImportField;
import org.pacta.sheet.Sheet;
import org.pacta.sheet.SheetDate;
import org.pacta.sheet.SheetProblem;
import org.pacta.sheet.SheetRow;
import org.pacta.sheet.StatusWords;

/**
 * The rows of a sheet read by a mapping into {@link PlanRow}s: every cell of every mapped column checked, each problem
 * and note kept with its row and column, so that one round tells everything. Nothing here looks at what the agreement
 * already holds except its parties.
 */
final class PlanReading {

    static final int TITLE_MAX = 300;

    private final Sheet sheet;
    private final ImportMapping mapping;
    private final List<Party> parties;
    private final Validator validator;
    final List<SheetProblem> problems;
    final List<SheetProblem> notes = new ArrayList<>();
    private final Map<ImportField, DateColumn> dates = new EnumMap<>(ImportField.class);

    PlanReading(Sheet sheet, ImportMapping mapping, List<Party> parties, Validator validator, List<SheetProblem> problems) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.parties = parties;
        this.validator = validator;
        this.problems = problems;
    }

    List<PlanRow> rows() {
        if (!mapping.has(ImportField.TITLE)) {
            problems.add(SheetProblem.at(null, null, Refusals::import_no_title));
            return List.of();
        }
        boolean partyKnowable = mapping.has(ImportField.RESPONSIBLE_PARTY) || mapping.party() != null
                || !mapping.parties().isEmpty() || parties.size() == 1;
        if (!partyKnowable) {
            String listed = codes();
            problems.add(SheetProblem.at(null, null, r -> r.import_party_missing(listed)));
        }
        checkPartyMapping();
        for (ImportField f : List.of(ImportField.DUE_DATE, ImportField.ORIGINAL_DUE_DATE, ImportField.COMPLETED_ON,
                ImportField.START_ON)) {
            readDates(f);
        }
        List<PlanRow> rows = new ArrayList<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            SheetRow r = sheet.rows().get(i);
            if (mapping.columns().keySet().stream().allMatch(c -> blank(sheet.cell(r, c)))) {
                continue;
            }
            rows.add(read(i, r, partyKnowable));
        }
        return rows;
    }

    private PlanRow read(int index, SheetRow r, boolean partyKnowable) {
        PlanRow p = new PlanRow(r.row());
        p.reference = line(p, r, ImportField.REFERENCE, 64);
        p.parent = line(p, r, ImportField.PARENT, 300);
        p.title = title(p, r);
        p.description = multiline(p, r, ImportField.DESCRIPTION, 10_000);
        if (p.fullTitle != null) {
            // A commitment keeps a title too long for its field in full, as the start of its description.
            p.description = p.description == null ? p.fullTitle : p.fullTitle + "\n\n" + p.description;
            p.given.add(ImportField.DESCRIPTION);
        }
        p.body = line(p, r, ImportField.RESPONSIBLE_BODY, 200);
        p.ownerName = line(p, r, ImportField.OWNER_NAME, 200);
        p.ownerEmail = line(p, r, ImportField.OWNER_EMAIL, 320);
        if (p.ownerName != null || p.ownerEmail != null) {
            for (ConstraintViolation<Owner> cv : validator.validate(new Owner(p.ownerName, p.ownerEmail))) {
                ImportField f = cv.getPropertyPath().toString().equals("email") ? ImportField.OWNER_EMAIL : ImportField.OWNER_NAME;
                problem(p, f, Phrase.of(cv));
            }
        }
        p.reason = multiline(p, r, ImportField.REVISION_REASON, 2000);
        p.progressNote = multiline(p, r, ImportField.PROGRESS_NOTE, 5000);
        p.due = date(p, index, ImportField.DUE_DATE);
        p.original = date(p, index, ImportField.ORIGINAL_DUE_DATE);
        if (p.original != null && p.original.undated()) {
            problem(p, ImportField.ORIGINAL_DUE_DATE, Refusals::undated_with_date);
            p.original = null;
        }
        p.completedOn = day(p, index, ImportField.COMPLETED_ON);
        p.startOn = day(p, index, ImportField.START_ON);
        String status = cell(r, ImportField.STATUS);
        if (status != null) {
            StatusWords.Cell s = StatusWords.read(status);
            if (s.problem() != null) {
                problem(p, ImportField.STATUS, s.problem());
            } else if (s.status() != null) {
                p.status = s.status();
                p.given.add(ImportField.STATUS);
            }
        }
        evidence(p, r);
        String priority = cell(r, ImportField.PRIORITY);
        if (priority != null) {
            p.priority = PlanWords.priorityOf(priority);
            if (p.priority == null) {
                String shown = priority.strip();
                problem(p, ImportField.PRIORITY, x -> x.import_priority_unknown(shown));
            } else {
                p.given.add(ImportField.PRIORITY);
            }
        }
        tags(p, r);
        party(p, r, partyKnowable);
        if (mapping.keepOtherColumns()) {
            StringBuilder more = new StringBuilder();
            for (String column : mapping.otherColumns(sheet.columns())) {
                String v = sheet.cell(r, column);
                if (!blank(v)) {
                    more.append(more.length() == 0 ? "" : "\n").append(column).append(": ").append(v.strip());
                }
            }
            if (more.length() > 0) {
                p.description = p.description == null ? more.toString() : p.description + "\n\n" + more;
                p.given.add(ImportField.DESCRIPTION);
            }
        }
        return p;
    }

    private String title(PlanRow p, SheetRow r) {
        String t = line(p, r, ImportField.TITLE, Integer.MAX_VALUE);
        if (t == null) {
            problem(p, ImportField.TITLE, Refusals::not_blank);
            p.usable = false;
            return null;
        }
        if (t.length() <= TITLE_MAX) {
            return t;
        }
        p.fullTitle = t;
        return PlanWords.cutAtWord(t, TITLE_MAX - 1) + "…";
    }

    private void evidence(PlanRow p, SheetRow r) {
        String text = multiline(p, r, ImportField.EVIDENCE, 2000);
        if (text == null) {
            return;
        }
        boolean onlyLinks = true;
        for (String token : text.split("[\\s,;]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (HttpUrl.Validator.isHttpUrl(token)) {
                p.links.add(token);
            } else {
                onlyLinks = false;
            }
        }
        if (!onlyLinks) {
            p.evidenceText = text;
        }
    }

    private void tags(PlanRow p, SheetRow r) {
        String text = cell(r, ImportField.TAGS);
        if (text == null) {
            return;
        }
        List<String> tags = new ArrayList<>();
        for (String t : text.split("[,;\\n\\r]+")) {
            String tag = t.strip().replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                continue;
            }
            Phrase bad = Text.Validator.problem(tag, false);
            if (bad != null || tag.length() > 40) {
                problem(p, ImportField.TAGS, bad != null ? bad : x -> x.size_between(1, 40));
                return;
            }
            tags.add(tag);
        }
        if (tags.size() > 20) {
            problem(p, ImportField.TAGS, x -> x.size_between(0, 20));
            return;
        }
        p.tags = tags;
        p.given.add(ImportField.TAGS);
    }

    private void party(PlanRow p, SheetRow r, boolean partyKnowable) {
        String word = cell(r, ImportField.RESPONSIBLE_PARTY);
        String code = null;
        if (word != null) {
            String w = word.strip();
            code = mapping.partyFor(w);
            if (code == null) {
                for (Party party : parties) {
                    if (party.code.equalsIgnoreCase(w) || Digits.key(party.name).equals(Digits.key(w))) {
                        code = party.code;
                    }
                }
            }
            if (code == null) {
                String listed = codes();
                problem(p, ImportField.RESPONSIBLE_PARTY, x -> x.import_party_unknown(w, listed));
                return;
            }
        } else if (p.body != null && mapping.partyFor(p.body) != null) {
            code = mapping.partyFor(p.body);
        } else if (mapping.party() != null) {
            code = mapping.party();
        } else if (parties.size() == 1) {
            code = parties.get(0).code;
        } else if (partyKnowable) {
            // Only a commitment needs one; a milestone row takes its commitment's party (PlanDiff decides which it is).
            p.partyMissing = true;
            return;
        }
        if (code != null && partyOf(code) != null) {
            p.partyCode = code;
            p.given.add(ImportField.RESPONSIBLE_PARTY);
        }
    }

    /** A party the mapping names (as the default or for a word) must be one of the agreement's. */
    private void checkPartyMapping() {
        String listed = codes();
        if (mapping.party() != null && partyOf(mapping.party()) == null) {
            String code = mapping.party();
            problems.add(SheetProblem.at(null, null, x -> x.import_party_map_unknown("party", code, listed)));
        }
        mapping.parties().forEach((word, code) -> {
            if (partyOf(code) == null) {
                problems.add(SheetProblem.at(null, null, x -> x.import_party_map_unknown(word, code, listed)));
            }
        });
    }

    Party partyOf(String code) {
        for (Party party : parties) {
            if (party.code.equalsIgnoreCase(code)) {
                return party;
            }
        }
        return null;
    }

    String codes() {
        return String.join(", ", parties.stream().map(party -> party.code).toList());
    }

    private void readDates(ImportField field) {
        String column = mapping.column(field);
        if (column == null) {
            return;
        }
        List<String> cells = sheet.rows().stream().map(r -> sheet.cell(r, column)).toList();
        DateColumn read = DateColumn.read(cells, mapping.dateOrder(), null);
        if (read.askOrder()) {
            String example = read.ambiguousExample() != null ? read.ambiguousExample() : "03/04/2024";
            problems.add(SheetProblem.at(null, column, x -> x.import_date_order(example)));
            // Read on as day-first, so that the other problems of the column are told in the same round.
            read = DateColumn.read(cells, null, DateOrder.DMY);
        }
        dates.put(field, read);
    }

    private SheetDate date(PlanRow p, int index, ImportField field) {
        DateColumn column = dates.get(field);
        if (column == null) {
            return null;
        }
        DateColumn.Cell cell = column.cell(index);
        if (cell.problem() != null && !column.askOrder()) {
            problem(p, field, cell.problem());
            return null;
        }
        if (cell.problem() != null) {
            return null;
        }
        SheetDate value = cell.value();
        if (value == null) {
            return null;
        }
        if (value.undated() && value.text().length() > 300) {
            problem(p, field, x -> x.size_between(0, 300));
            return null;
        }
        if (!value.undated() && value.solarHijri() && value.precision() != DuePrecision.DAY) {
            String label = value.label();
            String day = value.due().toString();
            notes.add(SheetProblem.at(p.row, mapping.column(field), x -> x.import_note_solar_period(label, day)));
        }
        p.given.add(field);
        return value;
    }

    private LocalDate day(PlanRow p, int index, ImportField field) {
        SheetDate d = date(p, index, field);
        if (d == null) {
            return null;
        }
        if (d.undated() || d.precision() != DuePrecision.DAY) {
            String text = dates.get(field).cell(index).text().strip();
            problem(p, field, x -> x.import_day_needed(text));
            p.given.remove(field);
            return null;
        }
        return d.due();
    }

    private String cell(SheetRow r, ImportField field) {
        String column = mapping.column(field);
        if (column == null) {
            return null;
        }
        String v = sheet.cell(r, column);
        return blank(v) ? null : v;
    }

    /** Single-line text: the line breaks and tabs a cell may hold become spaces. */
    private String line(PlanRow p, SheetRow r, ImportField field, int max) {
        String v = cell(r, field);
        if (v == null) {
            return null;
        }
        String text = v.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").strip();
        return checked(p, field, text, max, false);
    }

    private String multiline(PlanRow p, SheetRow r, ImportField field, int max) {
        String v = cell(r, field);
        if (v == null) {
            return null;
        }
        String text = v.replace("\r\n", "\n").replace('\r', '\n').strip();
        return checked(p, field, text, max, true);
    }

    private String checked(PlanRow p, ImportField field, String text, int max, boolean multiline) {
        Phrase bad = Text.Validator.problem(text, multiline);
        if (bad == null && text.length() > max) {
            bad = x -> x.size_between(0, max);
        }
        if (bad != null) {
            problem(p, field, bad);
            return null;
        }
        p.given.add(field);
        return text;
    }

    /** The column a missing responsible party is told at: the party's, else the body's, else none. */
    ImportField partyField() {
        return mapping.has(ImportField.RESPONSIBLE_PARTY) ? ImportField.RESPONSIBLE_PARTY
                : mapping.has(ImportField.RESPONSIBLE_BODY) ? ImportField.RESPONSIBLE_BODY : null;
    }

    private void problem(PlanRow p, ImportField field, Phrase phrase) {
        problems.add(SheetProblem.at(p.row, field == null ? null : mapping.column(field), phrase));
        if (field == ImportField.REFERENCE || field == ImportField.PARENT || field == ImportField.TITLE) {
            p.usable = false;
        }
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
