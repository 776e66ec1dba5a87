package org.pacta.notify;

import java.util.Collection;
import java.util.Map;

/**
 * The briefings that reviews froze, as their stored JSON by review id. Reviews belong to the follow-up, which sits
 * above notify; it implements this so that a review message can be rendered without notify knowing reviews.
 */
public interface StoredBriefings {

    /** Only the reviews that still exist are in the answer: a missing one was deleted. */
    Map<Long, String> byReview(Collection<Long> reviewIds);
}
