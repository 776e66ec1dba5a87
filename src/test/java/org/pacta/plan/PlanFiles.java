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
    static final String ENGLISH_PLAN = "Open Government National Action Plan — commitments and milestones\r\n"
            + "\r\n"
            + "Ref,Commitment,Lead agency,Original deadline,Revised deadline,Reason for revision,Status,Completed on,Evidence\r\n"
            + "1,Launch the open contracting portal,GSA and OMB,\"March 31, 2024\",\"September 30, 2024\","
            + "Procurement of the platform took longer than planned,Complete,\"August 15, 2024\",https://example.org/portal\r\n"
            + "1.1,Publish the open contracting data standard,GSA,,Q1 2024,,Complete,\"March 20, 2024\",\r\n"
            + "1.2,Train contracting officers,GSA,,June 2024,,In progress,,\r\n"
            + "2,Review the FOIA regulations,DOJ,,December 2024,,In progress,,\r\n"
            + "3,Train agency staff in plain language,OPM,,Ongoing,,In progress,,\r\n"
            + "4,Issue guidance on beneficial ownership,Treasury,,90 days after guidance,,Not started,,\r\n";

    static byte[] englishCsv() {
        return ENGLISH_PLAN.getBytes(StandardCharsets.UTF_8);
    }
}
