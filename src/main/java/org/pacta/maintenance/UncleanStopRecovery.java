package org.pacta.maintenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.h2.api.DatabaseEventListener;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.FilePath;
import org.jboss.logging.Logger;

/**
 * Opens an embedded H2 file that was not closed cleanly (a killed process, a power cut) by a scan of every block
 * before H2 opens it as a database. H2's own quick recovery follows the store header's chain of chunks and may
 * settle on an older, consistent version when the newest chunks are off that chain, which happens after large
 * transactions free and reuse space: writes H2 had acknowledged were then missing (bench/H2Durability.java). The scan
 * (MVStore's recovery mode) finds the newest complete version; closing the store marks it as the one to open.
 *
 * <p>Named in the JDBC URL as {@code DATABASE_EVENT_LISTENER}: H2 creates it before it opens the file, and again for
 * every later connection (as a SET of the open database), so a file is looked at once per process: the first time.
 */
public class UncleanStopRecovery implements DatabaseEventListener {

    private static final Logger LOG = Logger.getLogger(UncleanStopRecovery.class);

    /** How many files this JVM opened by a scan: the log says it, and tests count it. */
    static final java.util.concurrent.atomic.AtomicInteger SCANS = new java.util.concurrent.atomic.AtomicInteger();

    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public void init(String url) {
        String file = file(url);
        if (file == null) {
            return;
        }
        FilePath path = FilePath.get(file);
        if (!SEEN.add(path.toRealPath().toString()) || !path.exists() || path.size() == 0 || closedCleanly(path)) {
            return;
        }
        long started = System.nanoTime();
        try {
            new MVStore.Builder().fileName(file).recoveryMode().open().close();
        } catch (RuntimeException e) {
            // H2's own open then says what is wrong with the file, in its words.
            LOG.warnf("%s was not closed cleanly and could not be scanned (%s); H2 opens it as it can", file, e.toString());
            return;
        }
        SCANS.incrementAndGet();
        LOG.infof("%s was not closed cleanly: opened by a scan of every block (%d MiB) in %d ms", file,
                path.size() / (1024 * 1024), (System.nanoTime() - started) / 1_000_000);
    }

    /** The .mv.db file of an embedded file database URL, with its file system prefix; null for any other URL. */
    static String file(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return null;
        }
        String name = url.substring("jdbc:h2:".length());
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")
                || name.isBlank()) {
            return null;
        }
        return name + ".mv.db";
    }

    /** H2 writes its store header twice at the start of the file; a clean close marks it {@code clean:1}. */
    static boolean closedCleanly(FilePath path) {
        byte[] head = new byte[8192];
        int read = 0;
        try (InputStream in = path.newInputStream()) {
            for (int n; read < head.length && (n = in.read(head, read, head.length - read)) > 0; ) {
                read += n;
            }
        } catch (IOException e) {
            return false;
        }
        for (int block = 0; block + 4096 <= read; block += 4096) {
            String line = new String(head, block, 4096, StandardCharsets.ISO_8859_1);
            int end = line.indexOf('\n');
            if (end > 0 && Arrays.asList(line.substring(0, end).split(",")).contains("clean:1")) {
                return true;
            }
        }
        return false;
    }
}
