package org.pacta.sheet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void persianAndArabicIndicDigitsBecomeLatin() {
        assertThat(Digits.latin("۱۴۰۳/۱۰/۱۱"), equalTo("1403/10/11"));
        assertThat(Digits.latin("١٤٠٣/١٠/١١"), equalTo("1403/10/11"));
        assertThat(Digits.latin("۳۱ دسامبر ۲۰۲۴"), equalTo("31 دسامبر 2024"));
        assertThat(Digits.latin("Q۴ 2024"), equalTo("Q4 2024"));
    }

    @Test
    void arabicSeparatorsBecomeLatinOnes() {
        assertThat(Digits.latin("۴۵۶۵۷٫۵"), equalTo("45657.5"));
        assertThat(Digits.latin("۱٬۲۳۴"), equalTo("1,234"));
        assertThat(Digits.latin("الف، ب"), equalTo("الف, ب"));
        assertThat(Digits.latin("۱۴۰۳؍۱۰؍۱۱"), equalTo("1403/10/11"));
        assertThat(Digits.latin("2024\u20132025"), equalTo("2024-2025"));
    }

    @Test
    void directionMarksAroundNumbersAreDropped() {
        assertThat(Digits.latin("\u200F۱۴۰۳/۱۰/۱۱\u200E"), equalTo("1403/10/11"));
        assertThat(Digits.latin("\uFEFF31.12.2024"), equalTo("31.12.2024"));
        assertThat(Digits.latin(null), nullValue());
    }

    @Test
    void wordsKeepPunctuationAndOneSpaceBetweenWords() {
        assertThat(Digits.words("  31   Декабря\u00A02024 г. "), equalTo("31 декабря 2024 г."));
        assertThat(Digits.words("سه\u200Cماههٔ چهارم"), equalTo("سه ماهه چهارم"));
    }

    @Test
    void keysIgnoreCaseSpacesPunctuationAndPersianLetterVariants() {
        assertThat(Digits.key("IN_PROGRESS"), equalTo(Digits.key("In progress")));
        assertThat(Digits.key("in-progress."), equalTo(Digits.key("In progress")));
        assertThat(Digits.key("تكميل شده"), equalTo(Digits.key("تکمیل شده")));
        assertThat(Digits.key("برنامه‌ريزی شده"), equalTo(Digits.key("برنامه ریزی شده")));
        assertThat(Digits.key("با تأخیر"), equalTo(Digits.key("با تاخير")));
        assertThat(Digits.key("Отменён"), equalTo(Digits.key("отменен")));
        assertThat(Digits.key("تکمیل شده"), not(equalTo(Digits.key("تکمیل نشده"))));
    }
}
