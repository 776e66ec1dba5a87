package org.pacta.chain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The canonical form and the append-only rule, without the application. */
class CanonicalTest {

    @Test
    void keysAreSortedNullsLeftOutAndNothingButTheValuesIsWritten() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", "Customs \"data\"\n\u0001 تبادل");
        data.put("percent", 40);
        data.put("note", null);
        data.put("dueAt", Instant.parse("2026-03-05T20:30:00Z"));
        data.put("startOn", LocalDate.of(2026, 3, 1));
        data.put("evidence", List.of("https://example.org/a"));
        data.put("Done", true);

        assertThat(Canonical.write(Canonical.tree(data)), equalTo("{\"Done\":true,\"dueAt\":\"2026-03-05T20:30:00Z\","
                + "\"evidence\":[\"https://example.org/a\"],\"percent\":40,\"startOn\":\"2026-03-01\","
                + "\"title\":\"Customs \\\"data\\\"\\n\\u0001 تبادل\"}"));
    }

    @Test
    void fractionsHaveNoCanonicalFormHere() {
        assertThrows(IllegalArgumentException.class, () -> Canonical.write(Canonical.tree(Map.of("share", 0.5))));
    }

    @Test
    void theHashIsTheSha256OfThePreviousHashAndTheBody() {
        // printf '0%.0s' {1..64} | tr -d '\n'; printf '{}' ... | sha256sum
        assertThat(Canonical.hash(Canonical.GENESIS, "{}"),
                equalTo("5508d2b710e64bc470079e1b211d9c58e21011e59d0559e422345dc19d659a75"));
    }

    @Test
    void nothingInPactaUpdatesOrDeletesLedgerEntries() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    String text = Files.readString(f).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                    return text.contains("update ledger_entry") || text.contains("delete from ledger_entry")
                            || text.contains("delete from ledger_head") || text.contains("truncate table ledger_");
                } catch (IOException | java.io.UncheckedIOException e) {
                    return false;
                }
            }).toList();
            assertThat(offenders, equalTo(List.of()));
        }
    }
}
