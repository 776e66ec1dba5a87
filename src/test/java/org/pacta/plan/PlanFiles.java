package org.pacta.plan;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.pacta.sheet.TestFiles;

/** Realistic plans in the four shapes officials bring, as their programs save them. */
final class PlanFiles {

    private PlanFiles() {
    }

    /** An XLSX with a title row above the header and the hierarchy in its numbering (1, 1.1, 1.2, 2). */
    static byte[] actionPlanXlsx() {
        return TestFiles.actionPlanXlsx();
    }

    /** Russian, windows-1251, semicolons: a quarter, a milestone by numbering, "Выполнено" without evidence. */
    static byte[] russianCsv() {
        return TestFiles.text(TestFiles.RUSSIAN_PLAN, Charset.forName("windows-1251"), false);
    }

    /** Persian headers, Solar Hijri dates in Persian digits, UTF-8 with a byte order mark. */
    static byte[] persianCsv() {
        return TestFiles.text(TestFiles.PERSIAN_PLAN, StandardCharsets.UTF_8, true);
    }

    /** An English plan: month-name dates, a quarter, undated targets, and a deadline revised with its reason. */
    static byte[] englishCsv() {
        return TestFiles.ENGLISH_PLAN.getBytes(StandardCharsets.UTF_8);
    }
}
