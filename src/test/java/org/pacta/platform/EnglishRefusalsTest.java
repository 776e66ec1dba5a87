package org.pacta.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API's English refusals are rendered without the container (so the rules stay plain Java); they must say
 * exactly what the bundle Quarkus generates says, for every message. The Russian and Persian bundles must render
 * every message too, and differently from the English.
 */
@QuarkusTest
class EnglishRefusalsTest {

    @Test
    void theApisEnglishIsTheBundlesEnglish() throws Exception {
        Refusals bundle = MessageBundles.get(Refusals.class);
        Refusals ru = MessageBundles.get(Refusals.class, Localized.Literal.of("ru"));
        Refusals fa = MessageBundles.get(Refusals.class, Localized.Literal.of("fa"));
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (Method m : Refusals.class.getDeclaredMethods()) {
            Object[] args = sample(m);
            String english = (String) m.invoke(English.WORDS, args);
            assertThat(m.getName(), english, equalTo(m.invoke(bundle, args)));
            for (Refusals other : List.of(ru, fa)) {
                if (english.equals(m.invoke(other, args))) {
                    differences.add(m.getName() + " is not translated");
                }
            }
            checked++;
        }
        assertThat(differences, empty());
        assertThat(checked > 150, equalTo(true));
    }

    @Test
    void aListAndPluralsRenderTheSameWayOutsideTheContainer() {
        Phrase cycle = r -> r.dependency_cycle(List.of(5L, 7L, 5L));
        assertThat(cycle.english(), equalTo("This would make a dependency cycle: 5 → 7 → 5."));
        assertThat(cycle.in(MessageBundles.get(Refusals.class, Localized.Literal.of("fa"))),
                equalTo("این کار دور وابستگی می‌سازد: ۵ ← ۷ ← ۵."));
    }

    private static Object[] sample(Method m) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == String.class ? "X-" + i : t == int.class ? 12 + i : t == long.class || t == Long.class ? 40L + i
                    : t == LocalDate.class ? LocalDate.of(2026, 3, 31 - i) : t == List.class ? List.of(1L, 2L) : (Object) (90L + i);
        }
        return args;
    }
}
