package org.pacta.roadmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.platform.PactaConfig;
import org.pacta.security.CurrentUser;
import org.pacta.security.FirstStart;

/**
 * Loads the demo roadmap into an empty database when {@code pacta.demo.enabled} is on (the run command).
 * Its dates are written relative to the day it loads ({@code ${date:-12}}, {@code ${instant:+3}}), so the demo
 * always has something overdue, something due this week and something done.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Pattern RELATIVE = Pattern.compile("\\$\\{(date|instant):([+-]\\d+)}");

    @Inject
    PactaConfig config;

    @Inject
    RoadmapImport roadmapImport;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    FirstStart firstStart;

    void onStart(@Observes @jakarta.annotation.Priority(2000) StartupEvent event) throws IOException {
        if (!config.demo().enabled()) {
            return;
        }
        if (Agreement.count() > 0) {
            LOG.info("Demo data not loaded: the database already holds agreements");
            return;
        }
        String resource = config.demo().resource();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warnf("Demo data not loaded: %s is not on the class path", resource);
                return;
            }
            String text = resolve(new String(in.readAllBytes(), StandardCharsets.UTF_8), clock.instant());
            RoadmapDocument document = mapper.readValue(text, RoadmapDocument.class);
            RoadmapImport.Result result = CurrentUser.asSystem(() -> roadmapImport.importDocument(document));
            firstStart.createDemoUsers();
            LOG.infof("Demo data loaded: agreement %d with %d commitments (from %s)", result.agreementId(),
                    result.commitments(), resource);
        }
    }

    /** Replaces relative dates with real ones; instants are at noon UTC so that they are plainly in the past. */
    static String resolve(String text, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Matcher m = RELATIVE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int days = Integer.parseInt(m.group(2));
            String value = m.group(1).equals("date") ? today.plusDays(days).toString()
                    : now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(12)).toString();
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }
}
