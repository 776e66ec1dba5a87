package org.pacta.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in the reader's language, for text built in Java (chart labels). */
public final class Messages {

    private Messages() {
    }

    public static Msg of(Page page) {
        return "en".equals(page.lang()) ? MessageBundles.get(Msg.class)
                : MessageBundles.get(Msg.class, Localized.Literal.of(page.lang()));
    }
}
