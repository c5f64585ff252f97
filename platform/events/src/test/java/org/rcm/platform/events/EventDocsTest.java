package org.rcm.platform.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md stays true: one row per event with its topic and every payload field. */
class EventDocsTest {

    @Test
    void everyEventTopicAndFieldIsDocumented() throws IOException {
        Path doc = Path.of("../../docs/events.md");
        assertThat(doc).exists();
        var rows = Files.readAllLines(doc);
        for (EventType<?> type : EventCatalog.ALL) {
            Optional<String> row = rows.stream().filter(l -> l.startsWith("| " + type.name() + " |")).findFirst();
            assertThat(row).as("row for " + type.name()).isPresent();
            assertThat(row.get()).contains("`" + type.topic() + "`");
            for (RecordComponent c : type.payloadType().getRecordComponents()) {
                assertThat(row.get()).as(type.name() + " field " + c.getName()).contains("`" + c.getName() + "`");
            }
        }
    }
}
