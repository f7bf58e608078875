package com.salesmachine.loadtest.standin.emailqueue;

import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.database.Scheduler;
import com.salesmachine.loadtest.standin.database.ServiceTimeModel;
import com.salesmachine.loadtest.standin.redis.RedisStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The background sender: every {@link #TICK} it takes as many emails off the tail of the queue's
 * Redis list as the drain rate allows (oldest first), marks them sending, and after a sampled
 * hand-off time ({@code email.send}) marks them sent or failed. When more emails arrive than it
 * drains, the list grows.
 *
 * <p>With a drop fraction it has the classic unreliable-queue bug: an email popped off the list is
 * forgotten before it is recorded anywhere, so it is in no state at all.
 */
public final class EmailSender implements AutoCloseable {
    static final Duration TICK = Duration.ofMillis(100);

    private final RedisStore store;
    private final CampaignEmails emails;
    private final ServiceTimeModel serviceTimes;
    private final Scheduler scheduler;
    private final double perTick;
    private final Share drops;
    private final Share failures;

    private double allowance;
    private Scheduler.Task next;
    private boolean closed;

    public EmailSender(
            RedisStore store,
            CampaignEmails emails,
            EmailQueueConfig config,
            ServiceTimeModel serviceTimes,
            Scheduler scheduler) {
        this.store = store;
        this.emails = emails;
        this.serviceTimes = serviceTimes;
        this.scheduler = scheduler;
        this.perTick = config.drainRate() * TICK.toNanos() / 1e9;
        this.drops = new Share(config.dropFraction());
        this.failures = new Share(config.failFraction());
    }

    /** Starts draining: the first batch goes one tick from now. */
    public synchronized void start() {
        if (!closed && next == null) {
            next = scheduler.schedule(TICK, this::tick);
        }
    }

    /** Stops draining; emails still on the list stay there. */
    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel();
        }
    }

    private void tick() {
        List<String> batch = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            // Unused allowance does not pile up while the list is empty: at most one tick's worth (or one email).
            allowance = Math.min(allowance + perTick, Math.max(1.0, perTick));
            int allowed = (int) allowance;
            if (allowed > 0) {
                List<String> popped = store.rpop(EmailQueue.QUEUE_KEY, allowed);
                allowance -= popped.size();
                for (String emailId : popped) {
                    if (drops.next()) {
                        emails.forget(emailId);
                    } else {
                        emails.sending(emailId);
                        batch.add(emailId);
                    }
                }
            }
            next = scheduler.schedule(TICK, this::tick);
        }
        if (!batch.isEmpty()) {
            Duration handOff = serviceTimes.sample(Operation.EMAIL_SEND);
            if (handOff.isZero()) {
                finish(batch);
            } else {
                scheduler.schedule(handOff, () -> finish(batch));
            }
        }
    }

    private void finish(List<String> batch) {
        for (String emailId : batch) {
            emails.finished(emailId, !failures.next());
        }
    }
}
