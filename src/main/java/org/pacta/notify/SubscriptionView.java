package org.pacta.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(long id, Map<String, Object> scope, String channel, String email, String url,
        List<String> leadTimes, boolean onDue, boolean onOverdue, String escalateEvery, Integer escalateAfter,
        String delivery, String digestAt, String timeZone, String language, SubscriptionInput.QuietHours quietHours, boolean active,
        @Schema(description = "The subscription's calendar feed (ICS)") String calendarUrl,
        @Schema(description = "Webhook signing secret; returned only when the subscription is created") String secret,
        long version, Instant createdAt, Instant updatedAt) {

    public static SubscriptionView of(Subscription s, String partyCode, String baseUrl, boolean withSecret) {
        Map<String, Object> scope = new LinkedHashMap<>();
        switch (s.scope) {
            case ALL -> scope.put("all", true);
            case AGREEMENT -> scope.put("agreementId", s.agreementId);
            case PARTY -> scope.put("party", partyCode);
            case COMMITMENT -> scope.put("commitmentId", s.commitmentId);
        }
        return new SubscriptionView(s.id, scope, s.channel.name().toLowerCase(java.util.Locale.ROOT), s.email, s.url,
                s.leadTimeList().stream().map(org.pacta.platform.Durations::format).toList(), s.onDue, s.onOverdue,
                s.escalateEvery == null ? "none" : org.pacta.platform.Durations.format(s.escalationPeriod()), s.escalateAfter,
                s.delivery == Subscription.Delivery.DAILY_DIGEST ? "daily-digest" : "immediate",
                s.digestAt == null ? null : s.digestAt.toString(), s.timeZone, s.lang(),
                s.quietFrom == null ? null : new SubscriptionInput.QuietHours(s.quietFrom.toString(), s.quietTo.toString()),
                s.active, baseUrl + "/api/calendar/" + s.calendarToken + ".ics", withSecret ? s.secret : null, s.version,
                s.createdAt, s.updatedAt);
    }
}
