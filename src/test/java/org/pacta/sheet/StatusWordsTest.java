package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.CommitmentStatus;

class StatusWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Complete|DONE", "Completed|DONE", "Done|DONE", "Achieved|DONE", "Implemented|DONE", "Выполнено|DONE",
        "Исполнено|DONE", "Завершено|DONE", "انجام شد|DONE", "تکمیل شده|DONE", "اجرا شد|DONE",
        "In progress|IN_PROGRESS", "Ongoing|IN_PROGRESS", "Underway|IN_PROGRESS", "On track|IN_PROGRESS",
        "Partially complete|IN_PROGRESS", "В работе|IN_PROGRESS", "В процессе|IN_PROGRESS", "Выполняется|IN_PROGRESS",
        "در حال انجام|IN_PROGRESS", "در دست اقدام|IN_PROGRESS",
        "Not started|PLANNED", "Planned|PLANNED", "Не начато|PLANNED", "Запланировано|PLANNED", "شروع نشده|PLANNED",
        "برنامه‌ریزی شده|PLANNED",
        "Delayed|AT_RISK", "At risk|AT_RISK", "Behind schedule|AT_RISK", "С задержкой|AT_RISK", "Под угрозой|AT_RISK",
        "با تأخیر|AT_RISK",
        "Blocked|BLOCKED", "Stalled|BLOCKED", "Приостановлено|BLOCKED", "متوقف|BLOCKED",
        "Cancelled|CANCELLED", "Canceled|CANCELLED", "Withdrawn|CANCELLED", "Dropped|CANCELLED", "Отменено|CANCELLED",
        "Отменён|CANCELLED", "لغو شده|CANCELLED"})
    void statusWordsOfThreeLanguagesArePactasStatuses(String word, CommitmentStatus status) {
        assertThat(StatusWords.read(word).status(), equalTo(status));
        assertThat(StatusWords.read(word).problem(), nullValue());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "COMPLETE|DONE", " done. |DONE", "in-progress|IN_PROGRESS", "IN_PROGRESS|IN_PROGRESS", "In  Progress!|IN_PROGRESS",
        "at_risk|AT_RISK", "Отменен|CANCELLED", "ВЫПОЛНЕНО|DONE", "تكميل شده|DONE", "برنامه ريزی شده|PLANNED",
        "برنامه ریزی شده|PLANNED", "با تاخیر|AT_RISK", "\u200Fانجام شد\u200F|DONE", "لغو\u200Cشده|CANCELLED"})
    void caseSpacesPunctuationAndLetterVariantsDoNotCount(String word, CommitmentStatus status) {
        assertThat(StatusWords.read(word).status(), equalTo(status));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Mostly done", "Выполнено частично?", "نامعلوم", "Green"})
    void anUnknownWordIsAProblemListingTheAcceptedOnes(String word) {
        StatusWords.Cell cell = StatusWords.read(word);

        assertThat(cell.status(), nullValue());
        assertThat(cell.problem().english(), equalTo("\"" + word + "\" is not a status Pacta knows; use Planned, In progress, "
                + "At risk, Blocked, Done or Cancelled (Not started, Delayed, On hold and Complete are understood too)."));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - "})
    void anEmptyCellHasNoStatusAndNoProblem(String word) {
        assertThat(StatusWords.read(word).blank(), equalTo(true));
    }

    @Test
    void everyStatusHasWordsInEachLanguage() {
        for (CommitmentStatus status : CommitmentStatus.values()) {
            String words = String.join(" ", StatusWords.accepted().get(status));
            for (Character.UnicodeScript script : Arrays.asList(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC,
                    Character.UnicodeScript.ARABIC)) {
                assertThat(status + " in " + script, words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script),
                        equalTo(true));
            }
            for (String word : StatusWords.accepted().get(status)) {
                assertThat(word, StatusWords.read(word).status(), equalTo(status));
            }
        }
    }
}
