package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pacta.sheet.Cells.arabicDigits;
import static org.pacta.sheet.Cells.day;
import static org.pacta.sheet.Cells.persianDigits;
import static org.pacta.sheet.Cells.value;
import static org.pacta.commitment.DuePrecision.HALF;
import static org.pacta.commitment.DuePrecision.MONTH;
import static org.pacta.commitment.DuePrecision.QUARTER;
import static org.pacta.commitment.DuePrecision.YEAR;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shape of date a plan writes, each read the same in Latin, Persian and Arabic-Indic digits. */
class DateShapesTest {

    static final SheetDate DEC_31 = day(2024, 12, 31);
    static final SheetDate DECEMBER = SheetDate.period(MONTH, 2024, 12, false);
    static final SheetDate Q4 = SheetDate.period(QUARTER, 2024, 4, false);
    static final SheetDate H2 = SheetDate.period(HALF, 2024, 2, false);
    static final SheetDate DEY_1403 = SheetDate.period(MONTH, 1403, 10, true);

    static Stream<Arguments> iso() {
        return Stream.of(Arguments.of("2024-12-31", DEC_31), Arguments.of("2024-12-31T00:00", DEC_31),
                Arguments.of("2024-12-31T17:45:10Z", DEC_31), Arguments.of("2024-12-31 00:00:00", DEC_31),
                Arguments.of("2024/12/31", DEC_31), Arguments.of("2024.12.31", DEC_31), Arguments.of("2024-12", DECEMBER),
                Arguments.of("2024/12", DECEMBER), Arguments.of("12.2024", DECEMBER), Arguments.of("12/2024", DECEMBER),
                Arguments.of("2024-02", SheetDate.period(MONTH, 2024, 2, false)), Arguments.of("2024", SheetDate.period(YEAR, 2024, 1, false)));
    }

    static Stream<Arguments> numbersWithTheDayOrMonthFirst() {
        return Stream.of(Arguments.of("31.12.2024", DEC_31), Arguments.of("31.12.24", DEC_31), Arguments.of("31/12/2024", DEC_31),
                Arguments.of("31-12-2024", DEC_31), Arguments.of("12/31/2024", DEC_31), Arguments.of("12/31/24", DEC_31),
                Arguments.of("31.12.2024 г.", DEC_31), Arguments.of("31.12.2024г", DEC_31), Arguments.of("31.12.2024.", DEC_31),
                Arguments.of("до 31.12.2024", DEC_31), Arguments.of("31.12.2024 0:00:00", DEC_31),
                Arguments.of("13.1.2025", day(2025, 1, 13)), Arguments.of("1/13/2025", day(2025, 1, 13)));
    }

    static Stream<Arguments> monthNames() {
        return Stream.of(Arguments.of("31 December 2024", DEC_31), Arguments.of("December 31, 2024", DEC_31),
                Arguments.of("Dec 31 2024", DEC_31), Arguments.of("31-Dec-2024", DEC_31), Arguments.of("31-Dec-24", DEC_31),
                Arguments.of("31 Dec. 2024", DEC_31), Arguments.of("31st December 2024", DEC_31),
                Arguments.of("Tuesday, December 31, 2024", DEC_31), Arguments.of("by 31 December 2024", DEC_31),
                Arguments.of("DECEMBER 31, 2024", DEC_31), Arguments.of("Dec 2024", DECEMBER), Arguments.of("December 2024", DECEMBER),
                Arguments.of("Dec-24", DECEMBER), Arguments.of("by the end of December 2024", DECEMBER),
                Arguments.of("Sept 2024", SheetDate.period(MONTH, 2024, 9, false)),
                Arguments.of("31 декабря 2024 г.", DEC_31), Arguments.of("31 декабря 2024", DEC_31),
                Arguments.of("вторник, 31 декабря 2024 г.", DEC_31), Arguments.of("31 дек. 2024", DEC_31),
                Arguments.of("не позднее 31 декабря 2024 года", DEC_31), Arguments.of("декабрь 2024", DECEMBER),
                Arguments.of("Декабрь 2024 года", DECEMBER), Arguments.of("дек. 2024", DECEMBER),
                Arguments.of("в декабре 2024 г.", DECEMBER), Arguments.of("до конца декабря 2024 г.", DECEMBER),
                Arguments.of("февраль 2024", SheetDate.period(MONTH, 2024, 2, false)),
                Arguments.of("31 دسامبر 2024", DEC_31), Arguments.of("دسامبر 2024", DECEMBER),
                Arguments.of("ژانویه 2025", SheetDate.period(MONTH, 2025, 1, false)),
                Arguments.of("تا پایان دسامبر 2024", DECEMBER));
    }

    static Stream<Arguments> solarHijri() {
        SheetDate dey11 = DEC_31; // 11 Dey 1403
        return Stream.of(Arguments.of("1403/10/11", dey11), Arguments.of("1403-10-11", dey11), Arguments.of("1403.10.11", dey11),
                Arguments.of("1403/10/11 ه.ش.", dey11), Arguments.of("11 دی 1403", dey11), Arguments.of("11 دی ماه 1403", dey11),
                Arguments.of("11 دی\u200Cماه 1403", dey11), Arguments.of("سه\u200Cشنبه 11 دی 1403", dey11),
                Arguments.of("11 Dey 1403", dey11), Arguments.of("11 Dei 1403", dey11), Arguments.of("30/12/1403", day(2025, 3, 20)),
                Arguments.of("1 فروردین 1404", day(2025, 3, 21)), Arguments.of("1404/1/1", day(2025, 3, 21)),
                Arguments.of("دی 1403", DEY_1403), Arguments.of("1403/10", DEY_1403), Arguments.of("Dey 1403", DEY_1403),
                Arguments.of("دی ماه 1403", DEY_1403), Arguments.of("دي 1403", DEY_1403),
                Arguments.of("اسفند 1403", SheetDate.period(MONTH, 1403, 12, true)),
                Arguments.of("1403", SheetDate.period(YEAR, 1403, 1, true)), Arguments.of("سال 1403", SheetDate.period(YEAR, 1403, 1, true)),
                Arguments.of("تا پایان سال 1403", SheetDate.period(YEAR, 1403, 1, true)));
    }

    static Stream<Arguments> quartersAndHalves() {
        SheetDate q4Sh = SheetDate.period(QUARTER, 1403, 4, true);
        return Stream.of(Arguments.of("Q4 2024", Q4), Arguments.of("2024 Q4", Q4), Arguments.of("Q4/2024", Q4),
                Arguments.of("4Q 2024", Q4), Arguments.of("q4-2024", Q4), Arguments.of("2024-Q4", Q4), Arguments.of("4Q2024", Q4),
                Arguments.of("IV квартал 2024", Q4), Arguments.of("IV квартал 2024 г.", Q4), Arguments.of("4 кв. 2024", Q4),
                Arguments.of("4-й квартал 2024 года", Q4), Arguments.of("в IV квартале 2024 г.", Q4),
                Arguments.of("четвёртый квартал 2024", Q4), Arguments.of("fourth quarter 2024", Q4),
                Arguments.of("4th quarter of 2024", Q4), Arguments.of("سه ماهه چهارم 2024", Q4),
                Arguments.of("سه\u200Cماههٔ چهارم 1403", q4Sh), Arguments.of("Q4 1403", q4Sh),
                Arguments.of("Q1 2025", SheetDate.period(QUARTER, 2025, 1, false)),
                Arguments.of("H2 2024", H2), Arguments.of("2024 H2", H2), Arguments.of("2H 2024", H2),
                Arguments.of("2 полугодие 2024", H2), Arguments.of("II полугодие 2024 г.", H2), Arguments.of("второе полугодие 2024", H2),
                Arguments.of("second half of 2024", H2), Arguments.of("نیمه دوم 2024", H2),
                Arguments.of("نیمهٔ دوم 1403", SheetDate.period(HALF, 1403, 2, true)),
                Arguments.of("H1 2024", SheetDate.period(HALF, 2024, 1, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"iso", "numbersWithTheDayOrMonthFirst", "monthNames", "solarHijri", "quartersAndHalves"})
    void readsTheSameInEveryScriptOfDigits(String text, SheetDate expected) {
        assertThat(value(text), equalTo(expected));
        assertThat(value(persianDigits(text)), equalTo(expected));
        assertThat(value(arabicDigits(text)), equalTo(expected));
    }

    @ParameterizedTest(name = "{0} ends on {1}")
    @MethodSource("periodEnds")
    void aPeriodIsDueOnItsLastDay(String text, LocalDate due) {
        assertThat(value(text).due(), equalTo(due));
    }

    static Stream<Arguments> periodEnds() {
        return Stream.of(Arguments.of("Q1 2024", LocalDate.of(2024, 3, 31)), Arguments.of("Q2 2024", LocalDate.of(2024, 6, 30)),
                Arguments.of("Q3 2024", LocalDate.of(2024, 9, 30)), Arguments.of("Q4 2024", LocalDate.of(2024, 12, 31)),
                Arguments.of("February 2024", LocalDate.of(2024, 2, 29)), Arguments.of("February 2025", LocalDate.of(2025, 2, 28)),
                Arguments.of("H1 2025", LocalDate.of(2025, 6, 30)), Arguments.of("2025", LocalDate.of(2025, 12, 31)),
                Arguments.of("دی 1403", LocalDate.of(2025, 1, 19)), Arguments.of("اسفند 1403", LocalDate.of(2025, 3, 20)),
                Arguments.of("اسفند 1402", LocalDate.of(2024, 3, 19)), Arguments.of("Q1 1403", LocalDate.of(2024, 6, 20)),
                Arguments.of("Q2 1403", LocalDate.of(2024, 9, 21)), Arguments.of("Q3 1403", LocalDate.of(2024, 12, 20)),
                Arguments.of("Q4 1403", LocalDate.of(2025, 3, 20)), Arguments.of("Q4 1402", LocalDate.of(2024, 3, 19)),
                Arguments.of("H1 1403", LocalDate.of(2024, 9, 21)), Arguments.of("1402", LocalDate.of(2024, 3, 19)));
    }
}
