package org.pacta.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The history of one agreement is read through indexes, part by part: every part of the union starts from an index
 * led by the agreement (commitments, milestones, confirmation steps) or reaches its rows through their commitment's
 * (deadline changes, progress updates), so that a page costs what the agreement holds, not what the ledger holds.
 */
@QuarkusTest
class AgreementHistoryPlanTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void everyPartOfTheHistoryStartsFromAnIndexOnTheAgreement() {
        Assumptions.assumeTrue("h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class)));
        String plan = String.valueOf(em.createNativeQuery("explain select * from (" + AgreementHistory.EVENTS
                + ") e order by e.happened_at desc, e.kind, e.id desc").setParameter("agreement", 1L).getSingleResult())
                .toUpperCase(java.util.Locale.ROOT);
        assertThat("no part reads a whole table", plan, not(containsString("TABLESCAN")));
        assertThat(plan, containsString("CONFIRMATION_STEP_AGREEMENT_IDX: AGREEMENT_ID = "));
    }
}
