package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.platform.Refusals;

/**
 * The English, Russian and Persian files of every message bundle hold every message of their interface, in the
 * interface's order, and no other; the Russian and Persian are translations rather than copies of the English; and
 * the Persian ones write every number they are given in Persian digits ({n.num}). Qute itself would fall back to
 * English for a missing key without a word (and fail the build only for a key missing in English).
 */
class MessageBundleFilesTest {

    /** Texts that are the same in every language: a name, and a technical marker. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("msg.footer_api");

    /** A number inside an address (POST /api/commitments/{id}/updates) is part of what to type: it stays Latin. */
    private static final Set<String> LATIN_NUMBERS = Set.of("refusal.done_only_by_progress.id");

    private static final Pattern DECLARED = Pattern.compile("\\n    String (\\w+)\\(");

    static List<Arguments> files() {
        List<Arguments> out = new ArrayList<>();
        for (String lang : List.of("en", "ru", "fa")) {
            out.add(Arguments.of("msg", Msg.class, Path.of("src/main/java/org/pacta/web/Msg.java"), lang));
            out.add(Arguments.of("refusal", Refusals.class, Path.of("src/main/java/org/pacta/platform/Refusals.java"), lang));
            out.add(Arguments.of("confirm", ConfirmationMsg.class, Path.of("src/main/java/org/pacta/web/ConfirmationMsg.java"), lang));
            out.add(Arguments.of("report", ReportMsg.class, Path.of("src/main/java/org/pacta/web/ReportMsg.java"), lang));
            out.add(Arguments.of("rec", RecordMsg.class, Path.of("src/main/java/org/pacta/web/RecordMsg.java"), lang));
            out.add(Arguments.of("mail", org.pacta.notify.MailMsg.class, Path.of("src/main/java/org/pacta/notify/MailMsg.java"), lang));
            out.add(Arguments.of("problem", org.pacta.platform.ProblemMsg.class, Path.of("src/main/java/org/pacta/platform/ProblemMsg.java"), lang));
            out.add(Arguments.of("cal", CalMsg.class, Path.of("src/main/java/org/pacta/web/CalMsg.java"), lang));
            out.add(Arguments.of("week", WeekMsg.class, Path.of("src/main/java/org/pacta/web/WeekMsg.java"), lang));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}_{3}")
    @MethodSource("files")
    void everyMessageIsTranslatedInTheInterfacesOrder(String bundle, Class<?> type, Path source, String lang) throws IOException {
        List<String> declared = new ArrayList<>();
        Matcher m = DECLARED.matcher(Files.readString(source));
        while (m.find()) {
            declared.add(m.group(1));
        }
        Map<String, String> translated = load("messages/" + bundle + "_" + lang + ".properties");
        assertThat(bundle + "_" + lang + " has the interface's keys, in its order", new ArrayList<>(translated.keySet()),
                equalTo(declared));
        if (lang.equals("en")) {
            return;
        }

        Map<String, String> english = load("messages/" + bundle + "_en.properties");
        List<String> problems = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            String key = bundle + "." + method.getName();
            String text = translated.get(method.getName());
            boolean hasWords = english.get(method.getName()).replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter);
            if (hasWords && !SAME_EVERYWHERE.contains(key) && !inScript(text, lang)) {
                problems.add(key + " is not written in " + lang + ": " + text);
            }
            if (lang.equals("fa")) {
                for (Parameter p : method.getParameters()) {
                    if (numeric(p) && !LATIN_NUMBERS.contains(key + "." + p.getName())
                            && Pattern.compile("\\{" + p.getName() + "[}\\s]").matcher(text).find()) {
                        problems.add(key + " writes {" + p.getName() + "} without .num: " + text);
                    }
                }
                if (Pattern.compile("\\{#each \\w+}\\{it}").matcher(text).find()) {
                    problems.add(key + " writes list items without .num: " + text);
                }
            }
        }
        assertThat(problems, empty());
    }

    /** Quarkus reads a backslash in these files otherwise than {@link Properties}, which these tests read them with. */
    @ParameterizedTest(name = "{0}_{3}")
    @MethodSource("files")
    void noBackslashes(String bundle, Class<?> type, Path source, String lang) throws IOException {
        Path file = Path.of("src/main/resources/messages/" + bundle + "_" + lang + ".properties");
        List<String> lines = Files.readAllLines(file).stream().filter(line -> line.contains("\\")).toList();
        assertThat(lines, empty());
    }

    @Test
    void everyValidationMessageIsTheEnglishOfARefusal() throws IllegalAccessException {
        Set<String> english = Set.copyOf(load("messages/refusal_en.properties").values());
        List<String> missing = new ArrayList<>();
        for (Field f : Refusals.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !english.contains((String) f.get(null))) {
                missing.add(f.getName());
            }
        }
        assertThat(missing, empty());
    }

    private static boolean inScript(String text, String lang) {
        Character.UnicodeScript wanted = lang.equals("ru") ? Character.UnicodeScript.CYRILLIC : Character.UnicodeScript.ARABIC;
        return text.replaceAll("\\{[^}]*}", "").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == wanted);
    }

    private static boolean numeric(Parameter p) {
        Class<?> t = p.getType();
        return t == int.class || t == long.class || Number.class.isAssignableFrom(t) || t == java.time.LocalDate.class
                || (t == Object.class && p.getName().equals("id"));
    }

    /** The file's entries in the order they are written. */
    private static Map<String, String> load(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        Properties props = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                out.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (InputStream in = MessageBundleFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing");
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
