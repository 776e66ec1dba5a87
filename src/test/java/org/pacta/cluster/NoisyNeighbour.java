package org.pacta.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Another program on the same machine that wants all of it: one busy process per core, at the same priority as the
 * nodes, from the start of a test to its end.
 */
final class NoisyNeighbour implements AutoCloseable {

    private final List<Process> busy = new ArrayList<>();

    void start() {
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            try {
                busy.add(new ProcessBuilder("sh", "-c", "while :; do :; done").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }
    }

    int processes() {
        return busy.size();
    }

    @Override
    public void close() {
        busy.forEach(Process::destroyForcibly);
        busy.clear();
    }
}
