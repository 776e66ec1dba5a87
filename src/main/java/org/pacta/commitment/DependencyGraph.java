package org.pacta.commitment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cycles in "depends on", the one search behind both refusals: the API's over stored dependencies
 * ({@link CommitmentDependencies}) and a roadmap's over its local refs. Pure: it knows nodes only through {@code edges}.
 */
public final class DependencyGraph {

    private DependencyGraph() {
    }

    /**
     * The first cycle met by a depth-first search from {@code starts} in their order, each node's edges in theirs:
     * the path from the node where it closes, round and back to that node (so a node depending on itself is
     * {@code [n, n]}), or empty when there is none. {@code edges} may answer null for a node without any.
     */
    public static <N> Optional<List<N>> cycle(Collection<N> starts, Function<N, ? extends Collection<N>> edges) {
        // Absent: not reached yet; TRUE: on the path being followed; FALSE: every way from it followed, no cycle.
        Map<N, Boolean> onPath = new HashMap<>();
        Deque<Step<N>> path = new ArrayDeque<>();
        for (N start : starts) {
            if (onPath.containsKey(start)) {
                continue;
            }
            onPath.put(start, Boolean.TRUE);
            path.addLast(Step.of(start, edges));
            while (!path.isEmpty()) {
                Step<N> top = path.getLast();
                if (!top.next().hasNext()) {
                    onPath.put(top.node(), Boolean.FALSE);
                    path.removeLast();
                    continue;
                }
                N to = top.next().next();
                Boolean state = onPath.get(to);
                if (Boolean.TRUE.equals(state)) {
                    return Optional.of(closing(path, to));
                }
                if (state == null) {
                    onPath.put(to, Boolean.TRUE);
                    path.addLast(Step.of(to, edges));
                }
            }
        }
        return Optional.empty();
    }

    private static <N> List<N> closing(Deque<Step<N>> path, N at) {
        List<N> cycle = new ArrayList<>();
        for (Step<N> step : path) {
            if (!cycle.isEmpty() || step.node().equals(at)) {
                cycle.add(step.node());
            }
        }
        cycle.add(at);
        return cycle;
    }

    private record Step<N>(N node, Iterator<N> next) {

        static <N> Step<N> of(N node, Function<N, ? extends Collection<N>> edges) {
            Collection<N> out = edges.apply(node);
            return new Step<>(node, out == null ? java.util.Collections.emptyIterator() : out.iterator());
        }
    }
}
