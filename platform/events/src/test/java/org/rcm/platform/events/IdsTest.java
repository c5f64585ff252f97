package org.rcm.platform.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {
    @Test
    void anIdIsAVersion7UuidOfTheCurrentMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newUuid();
        long after = System.currentTimeMillis();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).as("RFC 9562 variant").isEqualTo(2);
        // the counter borrows from later milliseconds while ids are made faster than 4,096 per millisecond (the other
        // tests of this class make 100,000 at once), so an id may run a little ahead of the clock, never behind it
        assertThat(Ids.millisOf(id)).isBetween(before, after + 1000);
        assertThat(UUID.fromString(Ids.newId()).version()).isEqualTo(7);
    }

    @Test
    void idsOfOneJvmSortInTheOrderTheyWereMadeAsUuidsAndAsText() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {   // more than 4096 per millisecond: the counter borrows and stays ordered
            ids.add(Ids.newUuid());
        }
        for (int i = 1; i < ids.size(); i++) {
            UUID a = ids.get(i - 1);
            UUID b = ids.get(i);
            assertThat(Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits()))
                    .as("id %d after id %d", i, i - 1).isNegative();
            assertThat(a.toString()).isLessThan(b.toString());
        }
    }

    @Test
    void idsMadeOnManyThreadsAreUnique() throws InterruptedException {
        ConcurrentLinkedQueue<UUID> all = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    all.add(Ids.newUuid());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        Set<UUID> distinct = new HashSet<>(all);
        assertThat(distinct).hasSize(80_000);
    }

    @Test
    void aRandomUuidHasNoTime() {
        assertThatThrownBy(() -> Ids.millisOf(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
