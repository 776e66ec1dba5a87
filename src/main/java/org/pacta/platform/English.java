package org.pacta.platform;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The English {@link Refusals}, rendered from the bundle's own templates by a plain Qute engine: the rules that
 * refuse input are plain Java, unit-tested without Quarkus, and their English must not need the container. Pages
 * use the bundles Quarkus generates; a test checks that both say the same.
 */
final class English {

    static final Refusals WORDS = (Refusals) Proxy.newProxyInstance(Refusals.class.getClassLoader(),
            new Class<?>[] {Refusals.class}, (proxy, method, args) -> say(method, args));

    private static final Engine ENGINE = Engine.builder().addDefaults().build();
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
        Template template = TEMPLATES.computeIfAbsent(method, m -> ENGINE.parse(m.getAnnotation(Message.class).value()));
        TemplateInstance instance = template.instance();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            instance.data(parameters[i].getName(), args[i]);
        }
        return instance.render();
    }
}
