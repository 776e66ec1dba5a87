package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static Optional<List<String>> cycle(List<String> starts, Map<String, List<String>> edges) {
        return DependencyGraph.cycle(starts, edges::get);
    }

    @Test
    void aCycleIsFoundWithThePathThatClosesIt() {
        // a → b → c → b: a leads into the cycle but is not on it.
        Map<String, List<String>> edges = Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("b"));

        assertThat(cycle(List.of("a", "b", "c"), edges).orElseThrow(), contains("b", "c", "b"));
    }

    @Test
    void aNodeDependingOnItselfIsACycleOfOne() {
        assertThat(cycle(List.of("a"), Map.of("a", List.of("a"))).orElseThrow(), contains("a", "a"));
    }

    @Test
    void aChainHasNoCycle() {
        Map<String, List<String>> edges = Map.of("a", List.of("b"), "b", List.of("c"));

        assertThat(cycle(List.of("a", "b", "c"), edges), equalTo(Optional.empty()));
    }

    @Test
    void aDiamondIsNoCycle() {
        // Two ways from a to d: reaching d the second time is not coming back round.
        Map<String, List<String>> edges = Map.of("a", List.of("b", "c"), "b", List.of("d"), "c", List.of("d"));

        assertThat(cycle(List.of("a", "b", "c", "d"), edges), equalTo(Optional.empty()));
        assertThat(cycle(List.of("d", "c", "b", "a"), edges), equalTo(Optional.empty()));
    }

    @Test
    void theSearchFollowsTheStartsAndEdgesInTheirOrder() {
        // Two cycles: the one met first from the first start is the one named, at the node where it closes.
        Map<String, List<String>> edges = Map.of("a", List.of("c", "b"), "b", List.of("a"), "c", List.of("d"),
                "d", List.of("c"));

        assertThat(cycle(List.of("a", "b", "c", "d"), edges).orElseThrow(), contains("c", "d", "c"));
        assertThat(cycle(List.of("b", "a", "c", "d"), edges).orElseThrow(), contains("c", "d", "c"));
        assertThat(cycle(List.of("d", "a"), edges).orElseThrow(), contains("d", "c", "d"));
    }

    @Test
    void aCycleOnlyReachableFromALaterStartIsStillFound() {
        Map<String, List<String>> edges = Map.of("a", List.of(), "x", List.of("y"), "y", List.of("x"));

        assertThat(cycle(List.of("a", "x", "y"), edges).orElseThrow(), contains("x", "y", "x"));
    }
}
