package org.mcfed.harvester.run;

import org.junit.jupiter.api.Test;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class IdleCollectionTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void collectsTheHeapOnlyWhenNoRunIsOnAtTheTimeItWouldRun() {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger checks = new AtomicInteger();
        try (IdleCollection idle = new IdleCollection(Duration.ZERO)) {
            // a run started between the request and the collection: nothing is collected
            idle.request(() -> {
                checks.incrementAndGet();
                return running.get();
            });
            await().atMost(WITHIN).until(() -> checks.get() == 1);
            assertThat(idle.collections()).isZero();

            running.set(false);
            long gcBefore = collectorRuns();
            idle.request(running::get);
            await().atMost(WITHIN).until(() -> idle.collections() == 1);
            assertThat(collectorRuns()).isGreaterThan(gcBefore);
        }
    }

    @Test
    void requestsWhileOneWaitsAreOneCollection() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (IdleCollection idle = new IdleCollection(Duration.ZERO)) {
            BooleanSupplier idleAfterRelease = () -> {
                checks.incrementAndGet();
                checking.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            };
            idle.request(idleAfterRelease);
            checking.await();
            // the first is being decided: the next request waits behind it, and the one after that joins the waiting one
            idle.request(idleAfterRelease);
            idle.request(idleAfterRelease);
            release.countDown();
            await().atMost(WITHIN).until(() -> idle.collections() == 2);
            Thread.sleep(200);
            assertThat(checks.get()).isEqualTo(2);
            assertThat(idle.collections()).isEqualTo(2);
        }
    }

    @Test
    void aClosedCollectionIgnoresRequests() {
        IdleCollection idle = new IdleCollection(Duration.ZERO);
        idle.close();
        idle.request(() -> false);
        assertThat(idle.collections()).isZero();
    }

    private static long collectorRuns() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
