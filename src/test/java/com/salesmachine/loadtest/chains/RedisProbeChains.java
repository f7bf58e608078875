package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.data.FakeData;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.emailqueue.EmailQueueReport;
import com.salesmachine.loadtest.emailqueue.UpstashRest;
import com.salesmachine.loadtest.endpoints.UpstashEndpoints;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.run.SuiteRun;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.Map;

/**
 * "Probe Redis directly": alongside the load, a queue operation on the queue's own store (push a
 * job, look at the list, take the job back) on a key namespaced by the run, then "Remove probe
 * keys": delete it and check it is gone.
 */
public final class RedisProbeChains {
    public static final String PROBE_REDIS = "Probe Redis directly";
    public static final String REMOVE_PROBE_KEYS = "Remove probe keys";

    private final UpstashEndpoints redis;

    public RedisProbeChains(RunMetrics metrics) {
        this.redis = new UpstashEndpoints(metrics);
    }

    /**
     * One user probing the queue's store through its own protocol (its URL and bearer token, nothing
     * of the API's): one probe a {@code interval} while the operations run (their ramp-up and steady
     * time), then the key's removal.
     */
    public PopulationBuilder probeUser(String runId, UpstashRest store, LoadShape shape, Duration interval) {
        long cycles = shape.oneShot()
                ? 1
                : Math.max(1, shape.rampUp().plus(shape.steady()).dividedBy(interval));
        ScenarioBuilder probe = scenario("Redis probe")
                .exec(probe(runId, (int) cycles, interval))
                .exec(removeProbeKeys());
        String token = store.token();
        return probe.injectOpen(atOnceUsers(1))
                .protocols(SuiteRun.protocolFor(store.url()).header("Authorization", session -> "Bearer " + token));
    }

    /** {@code cycles} probes, one per {@code interval}, on the run's probe key. */
    public ChainBuilder probe(String runId, int cycles, Duration interval) {
        return exec(session -> session.set(SessionKeys.PROBE_KEY, EmailQueueReport.probeKey(runId)))
                .repeat(cycles, SessionKeys.PROBE_CYCLE)
                .on(
                        pace(interval),
                        exec(session -> session.set(
                                SessionKeys.PROBE_VALUE,
                                FakeData.json(
                                        Map.of("probe", runId, "cycle", session.getInt(SessionKeys.PROBE_CYCLE))))),
                        group(PROBE_REDIS).on(redis.lpush(), redis.llen(), redis.lrange(), redis.rpop()));
    }

    public ChainBuilder removeProbeKeys() {
        return group(REMOVE_PROBE_KEYS).on(redis.del(), redis.exists());
    }
}
