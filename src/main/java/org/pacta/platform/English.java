package org.pacta.platform;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The English {@link Refusals}, rendered from the bundle's own file (messages/refusal_en.properties) by a plain
 * Qute engine: the rules that refuse input are plain Java, unit-tested without Quarkus, and their English must not
 * need the container. Pages use the bundles Quarkus generates; a test checks that both say the same.
 */
final class English {

    static final Refusals WORDS = (Refusals) Proxy.newProxyInstance(Refusals.class.getClassLoader(),
            new Class<?>[] {Refusals.class}, (proxy, method, args) -> say(method, args));

    private static final Engine ENGINE = Engine.builder().addDefaults().build();
    private static final Map<String, String> TEXTS = read("messages/refusal_en.properties");
    private static final Map<Method, Template> TEMPLATES = new ConcurrentHashMap<>();

    private English() {
    }

    private static Object say(Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> args[0] == WORDS;
                case "hashCode" -> System.identityHashCode(WORDS);
                default -> "English refusals";
            };
        }
        Template template = TEMPLATES.computeIfAbsent(method, m -> ENGINE.parse(text(m.getName())));
        TemplateInstance instance = template.instance();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            instance.data(parameters[i].getName(), args[i]);
        }
        return instance.render();
    }

    private static String text(String key) {
        String text = TEXTS.get(key);
        if (text == null) {
            throw new IllegalStateException("messages/refusal_en.properties has no " + key);
        }
        return text;
    }

    /**
     * The file read as Quarkus reads message bundle files, which is not as {@link java.util.Properties} does: UTF-8,
     * the value from the first '=' with leading blanks dropped, \n for a line break, a trailing backslash to go on
     * in the next line, and no other escapes.
     */
    private static Map<String, String> read(String resource) {
        Map<String, String> texts = new HashMap<>();
        try (InputStream in = English.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Iterator<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                int eq = line.indexOf('=');
                if (line.isBlank() || line.strip().startsWith("#") || eq < 0) {
                    continue;
                }
                StringBuilder value = new StringBuilder();
                String part = adapt(line.substring(eq + 1));
                while (part.endsWith("\\")) {
                    value.append(part, 0, part.length() - 1);
                    part = lines.hasNext() ? adapt(lines.next()) : "";
                }
                texts.putIfAbsent(line.substring(0, eq).strip(), value.append(part).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static String adapt(String line) {
        return line.stripLeading().replace("\\n", "\n");
    }
}
