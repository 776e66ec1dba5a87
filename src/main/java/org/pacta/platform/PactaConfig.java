package org.pacta.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Pacta's own settings (DESIGN decision 13): typed, with defaults, checked at start-up. */
@ConfigMapping(prefix = "pacta")
public interface PactaConfig {

    Demo demo();

    interface Demo {
        /** Load the demo roadmap into an empty database at start-up. */
        @WithDefault("false")
        boolean enabled();

        /** Class-path resource of the demo roadmap document. */
        @WithDefault("demo/iran-belarus-roadmap.json")
        String resource();
    }
}
