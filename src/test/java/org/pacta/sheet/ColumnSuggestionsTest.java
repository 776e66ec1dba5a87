package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which field a column is suggested for, from its header, in English, Russian and Persian. */
class ColumnSuggestionsTest {

    @Test
    void everySynonymAloneSuggestsItsOwnFieldSoNoNameIsListedUnderTwo() {
        List<String> wrong = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            for (String name : field.synonyms()) {
                ImportField suggested = ColumnSuggestions.fieldOf(name);
                if (suggested != field) {
                    wrong.add(name + " → " + suggested + " (listed under " + field + ")");
                }
            }
        }
        assertThat(wrong, empty());
    }

    @Test
    void everyFieldHasSynonymsInEachLanguage() {
        for (ImportField field : ImportField.values()) {
            assertThat(field + " in English", field.english(), not(empty()));
            assertThat(field + " in Russian", field.russian(), not(empty()));
            assertThat(field + " in Persian", field.persian(), not(empty()));
        }
        assertThat(ImportField.keys(), equalTo(List.of("reference", "parent", "title", "description", "responsibleParty",
                "responsibleBody", "ownerName", "ownerEmail", "dueDate", "originalDueDate", "revisionReason", "status",
                "completedOn", "evidence", "progressNote", "priority", "tags", "startOn")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Commitment|title", "ACTION|title", "  task  |title", "Обязательство|title", "Наименование мероприятия|title",
        "تعهد|title", "اقدام|title", "Deadline|dueDate", "due-date|dueDate", "Target date|dueDate",
        "Completion date (planned)|dueDate", "Срок|dueDate", "срок исполнения|dueDate", "مهلت|dueDate",
        "تاریخ سررسید|dueDate", "Responsible|responsibleParty", "Ответственный|responsibleParty",
        "مسئول|responsibleParty", "Lead agency|responsibleBody", "Ведомство|responsibleBody",
        "Ответственный исполнитель|responsibleBody", "دستگاه مسئول|responsibleBody", "Status|status",
        "Статус|status", "وضعیت|status", "#|reference", "№|reference", "№ п/п|reference", "No.|reference",
        "ردیف|reference", "Completion date|completedOn", "Original deadline|originalDueDate",
        "Reason for revision|revisionReason", "Parent|parent", "E-mail|ownerEmail", "Focal point|ownerName",
        "dueDate|dueDate", "responsibleBody|responsibleBody",
        // Written as people type them: Arabic letters in Persian words, a zero-width non-joiner, "ё", line breaks.
        "وضعيت|status", "دستگاه‌مسئول|responsibleBody", "Отметка об исполнении|status",
        // A synonym among other words is a suggestion too.
        "Deadline (revised 2024)|dueDate", "Срок исполнения (план)|dueDate", "Lead agency / ministry|responsibleBody"})
    void aHeaderSuggestsItsField(String header, String field) {
        assertThat(ColumnSuggestions.fieldOf(header), equalTo(ImportField.ofKey(field)));
    }

    @Test
    void aHeaderWrittenOnTwoLinesInItsCellIsOneName() {
        assertThat(ColumnSuggestions.fieldOf("Дата\n начала"), equalTo(ImportField.START_ON));
        assertThat(HeaderNames.display(" Дата\n  начала "), equalTo("Дата начала"));
    }

    @Test
    void unknownAndEmptyColumnsAreLeftOutNeverAnError() {
        assertThat(ColumnSuggestions.suggest(List.of("Budget (USD)", "", "Column C", "Источник финансирования", "No of staff")),
                anEmptyMap());
    }

    @Test
    void eachFieldGoesToOneColumnAndAnExactNameBeatsOneThatOnlyContainsIt() {
        Map<String, ImportField> suggested = ColumnSuggestions.suggest(
                List.of("Deadline (revised)", "Title", "Deadline", "Action", "Original deadline", "Status", "Status"));

        Map<String, ImportField> expected = new LinkedHashMap<>();
        expected.put("Deadline (revised)", ImportField.DUE_DATE);
        expected.put("Title", ImportField.TITLE);
        expected.put("Original deadline", ImportField.ORIGINAL_DUE_DATE);
        expected.put("Status", ImportField.STATUS);
        assertThat(suggested, equalTo(expected));
        assertThat("in the columns' order", new ArrayList<>(suggested.keySet()),
                equalTo(List.of("Deadline (revised)", "Title", "Original deadline", "Status")));
    }

    @Test
    void aPartialMatchCoveringMoreOfTheHeaderWins() {
        Map<String, ImportField> suggested = ColumnSuggestions.suggest(List.of("Planned deadline for the whole action", "Deadline date"));

        assertThat(suggested.get("Deadline date"), equalTo(ImportField.DUE_DATE));
        assertThat(suggested.get("Planned deadline for the whole action"), equalTo(ImportField.TITLE));
        assertThat(suggested.entrySet(), hasSize(2));
    }
}
