package org.rcm.bench.pipeline;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.rcm.local.LocalStack;
import org.rcm.local.ServiceProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Samples the running stack every interval while the benchmark runs: unpublished outbox rows and the age of the
 * oldest (outbox lag) per service, records not yet consumed per consumer group (consumer lag), and the heap each
 * service uses (from its /q/metrics, every fifth sample). Keeps the maximum of each.
 */
final class Sampler implements AutoCloseable {
    static final List<String> SCHEMAS = List.of("coding", "eligibility", "claim", "gateway", "remittance", "denial");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Map<String, Long> maxOutboxRows = new TreeMap<>();
    final Map<String, Double> maxOutboxAgeSeconds = new TreeMap<>();
    final Map<String, Long> maxConsumerLag = new TreeMap<>();
    final Map<String, Long> maxHeapBytes = new TreeMap<>();
    private final LocalStack stack;
    private final Admin admin;
    private final Thread thread;
    private volatile boolean running = true;
    int samples;
    static final int HEAP_EVERY = 5;

    Sampler(LocalStack stack, Duration interval) {
        this.stack = stack;
        this.admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()));
        this.thread = new Thread(() -> {
            while (running) {
                try {
                    sample();
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    System.out.println("sampler: " + e.getMessage());
                }
            }
        }, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void sample() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.databaseUrl(), stack.databaseUser(), "")) {
            for (String schema : SCHEMAS) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*), coalesce(extract(epoch FROM"
                        + " now() - min(timestamp)), 0) FROM " + schema + ".outbox WHERE published_at IS NULL")) {
                    rs.next();
                    maxOutboxRows.merge(schema, rs.getLong(1), Math::max);
                    maxOutboxAgeSeconds.merge(schema, rs.getDouble(2), Math::max);
                }
            }
        }
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                if (e.getValue() != null && ends.containsKey(e.getKey())) {
                    lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                }
            }
            maxConsumerLag.merge(group.groupId(), lag, Math::max);
        }
        // a Prometheus scrape renders ~350 KB per service (every Kafka client metric): scraping all seven every 2 s
        // would itself cost a noticeable share of the two cores, so heap is read every fifth sample (10 s)
        for (ServiceProcess p : samples % HEAP_EVERY == 0 ? stack.services() : List.<ServiceProcess>of()) {
            long heap = heapUsed(p.baseUrl());
            if (heap > 0) {
                maxHeapBytes.merge(p.spec().name(), heap, Math::max);
            }
        }
        samples++;
    }

    /** Sum of jvm_memory_used_bytes{area="heap"} in the service's Prometheus output (0 when unavailable). */
    static long heapUsed(String baseUrl) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return 0;
            }
            double sum = 0;
            for (String line : r.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return (long) sum;
        } catch (Exception e) {
            return 0;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        admin.close();
    }
}
