package org.pacta.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=MONTHLY;INTERVAL=3", "RRULE:FREQ=WEEKLY;BYDAY=MO", "freq=yearly", "FREQ=DAILY"})
    void acceptsUsableReviewRules(String rule) {
        assertThat(ReviewSchedule.problem(rule), equalTo(Optional.empty()));
    }

    @Test
    void noScheduleIsFine() {
        assertThat(ReviewSchedule.problem(null).isPresent(), is(false));
        assertThat(ReviewSchedule.problem("  ").isPresent(), is(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"every quarter", "FREQ=FORTNIGHTLY", "FREQ=MONTHLY;INTERVAL=abc", "FREQ=MONTHLY;INTERVAL=0", "FREQ=MONTHLY;INTERVAL=-1",
        "INTERVAL=3"})
    void refusesGarbage(String rule) {
        assertThat(ReviewSchedule.problem(rule).isPresent(), is(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=MINUTELY", "FREQ=HOURLY;INTERVAL=6", "FREQ=SECONDLY"})
    void refusesReviewsMoreOftenThanDaily(String rule) {
        assertThat(ReviewSchedule.problem(rule).orElseThrow().english(), containsString("too frequent"));
    }

    @Test
    void storesTheRuleWithoutPrefixInUpperCase() {
        assertThat(ReviewSchedule.normalize(" rrule:freq=monthly;interval=3 "), equalTo("FREQ=MONTHLY;INTERVAL=3"));
    }
}
