package org.rcm.platform.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the golden example of a NEW event type from its producer-side sample (run once when an event is added;
 * from then on the committed file is the contract and {@link EventContractTest} guards it). Existing files are
 * never overwritten. Usage: run main with the resources directory as argument.
 */
public final class GoldenExampleWriter {
    private GoldenExampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        for (EventType<?> type : EventCatalog.ALL) {
            Path file = dir.resolve(type.examplePath().substring(1));
            if (Files.exists(file)) {
                continue;
            }
            Object sample = EventSamples.BY_TYPE.get(type.name());
            Files.writeString(file, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(sample)
                    + "\n");
            System.out.println("wrote " + file);
        }
    }
}
