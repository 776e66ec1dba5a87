package org.pacta.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object built in a test: start from a sensible body and change only what the test is about. */
public final class Body extends LinkedHashMap<String, Object> {

    public static Body of(Object... keysAndValues) {
        Body body = new Body();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    /** A copy of what a GET returned, to edit and send back. */
    public static Body from(Map<String, ?> json) {
        Body body = new Body();
        body.putAll(json);
        return body;
    }

    public Body with(String key, Object value) {
        Body copy = from(this);
        copy.put(key, value);
        return copy;
    }

    public Body without(String... keys) {
        Body copy = from(this);
        for (String key : keys) {
            copy.remove(key);
        }
        return copy;
    }
}
