package org.pacta.notify;

import java.util.Map;

/** A rendered notification: an email's subject and bodies, and the same content as a webhook event. */
public record Message(String subject, String text, String html, String eventType, Map<String, Object> data) {
}
