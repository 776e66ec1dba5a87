package org.pacta.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the server's own, regular markup in page tests: an element's opening tag by id, an attribute, a text
 * area's text, a select's chosen option. Not a general HTML parser; values come back as written (escaped).
 */
public final class Html {

    private Html() {
    }

    /** The opening tag of the element with this id, or fails. */
    public static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No element with id \"" + id + "\"");
        }
        return m.group();
    }

    /** An attribute of a tag: its value, "" for a bare attribute, or null when absent. */
    public static String attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "(?:=\"([^\"]*)\")?(?=[\\s>/])").matcher(tag);
        if (!m.find()) {
            return null;
        }
        return m.group(1) == null ? "" : m.group(1);
    }

    /** The text inside the element with this id, up to its closing tag (text areas, messages). */
    public static String text(String html, String id) {
        Matcher m = Pattern.compile("<([a-zA-Z]+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("No element with id \"" + id + "\" and a closing tag");
        }
        return m.group(2);
    }

    /** The value of the selected option of the select with this id, or null. */
    public static String selected(String html, String id) {
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"\\s+selected").matcher(text(html, id));
        return option.find() ? option.group(1) : null;
    }
}
