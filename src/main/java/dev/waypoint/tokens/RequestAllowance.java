package dev.waypoint.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many read-API calls each token may make: a bucket of a minute's calls per token that
 * refills steadily, so a burst is fine and a loop is slowed, not cut off. Kept in memory: each
 * instance counts its own calls.
 */
@ApplicationScoped
public class RequestAllowance {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    @ConfigProperty(name = "waypoint.api.calls-per-minute", defaultValue = "120")
    int perMinute;

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    int perMinute() {
        return perMinute;
    }

    /** Takes one call from the token's bucket; empty when it may go ahead, else how long to wait. */
    Optional<Duration> take(Long tokenId) {
        long now = System.nanoTime();
        sweep(now);
        long wait = buckets.computeIfAbsent(tokenId, id -> new Bucket(perMinute, now))
                .take(now, perMinute);
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** A bucket left alone for a minute is full again, the same as none: dropped, once a minute. */
    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last > MINUTE_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > MINUTE_NANOS);
        }
    }

    private static final class Bucket {
        private double calls;
        private long updated;

        Bucket(int perMinute, long now) {
            calls = perMinute;
            updated = now;
        }

        /** 0 when a call was taken, else the nanoseconds until one is back. */
        synchronized long take(long now, int perMinute) {
            calls = Math.min(perMinute, calls + (double) (now - updated) * perMinute / MINUTE_NANOS);
            updated = now;
            if (calls >= 1) {
                calls -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - calls) * MINUTE_NANOS / perMinute);
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
