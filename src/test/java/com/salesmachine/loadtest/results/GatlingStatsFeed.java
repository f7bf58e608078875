package com.salesmachine.loadtest.results;

import io.gatling.charts.stats.ErrorRecord;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.GroupRecord;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.RequestRecord;
import io.gatling.charts.stats.ResultsHolder;
import io.gatling.charts.stats.RunInfo;
import io.gatling.charts.stats.StatsHelper;
import io.gatling.charts.stats.UserRecord;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.commons.stats.assertion.Assertion;
import io.gatling.core.config.ReportsConfiguration;
import io.gatling.core.stats.message.MessageEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scala.Function1;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Feeds a decoded log into Gatling's own statistics, one {@code ResultsHolder} for the whole run built
 * as Gatling's reader builds its own (its bucket step and bucket numbers from {@code StatsHelper}),
 * counts a steady window's records on the same pass ({@link WindowTally}: its percentiles exact), and
 * counts the users on the way.
 */
final class GatlingStatsFeed {
    private static final Status OK = OK$.MODULE$;
    private static final Status KO = KO$.MODULE$;
    private static final double SECOND = 1000.0;

    /** Gatling's statistics over the records that started in {@code [fromMillis, toMillis)}. */
    record Span(long fromMillis, long toMillis, LogFileData data) {}

    /** The whole run, the window's view if one was asked for, and the users (see {@link GatlingRunReader.Users}). */
    record Fed(Span whole, Optional<GatlingRunReader.View> window, GatlingRunReader.Users users) {}

    private GatlingStatsFeed() {}

    /**
     * The window is clamped to the injection end: a run cut short is averaged over the part of the
     * window it lasted.
     */
    static Fed feed(SimulationLog log, Optional<SteadyWindow> steady, ReportsConfiguration reports) {
        if (log.injectStart == Long.MAX_VALUE || log.injectEnd <= log.injectStart) {
            throw new UnusableInputException(log.file + " holds no run: no user or request lasted");
        }
        var whole = new Tally(log.injectStart, log.injectEnd, reports);
        var indicators = reports.indicators();
        double[] ranks = {
            indicators.percentile1(), indicators.percentile2(), indicators.percentile3(), indicators.percentile4()
        };
        Optional<WindowTally> window = steady.map(w -> {
            long from = log.injectStart + w.from().toMillis();
            long to = Math.min(log.injectStart + w.to().toMillis(), log.injectEnd);
            return new WindowTally(from, Math.max(from, to), log.requestNames.size(), log.groups.size(), ranks);
        });
        var feed = new Feed(log, whole, window.orElse(null), reports.useGroupDurationMetric());
        log.replay(feed);
        whole.holder.flushTrailingConcurrentUsers();

        double meanActive = window.map(w -> w.to() == w.from() ? 0.0 : feed.activeUserMillis / (w.to() - w.from()))
                .orElse(Double.NaN);
        return new Fed(
                whole.span(log),
                window.map(w -> w.view(log)),
                new GatlingRunReader.Users(feed.started, feed.finished, meanActive, feed.startedByScenario));
    }

    /** One holder over {@code [from, to)}. */
    private static final class Tally {
        final long from;
        final long to;
        final double step;
        final ResultsHolder holder;
        private final Function1<Object, Object> bucketOf;

        Tally(long from, long to, ReportsConfiguration reports) {
            this.from = from;
            this.to = to;
            this.step = StatsHelper.step(
                            (long) Math.floor(from / SECOND),
                            (long) Math.ceil(to / SECOND),
                            reports.maxPlotsPerSeries())
                    * SECOND;
            int[] buckets = StatsHelper.buckets(0, to - from, step);
            this.bucketOf = StatsHelper.timeToBucketNumber(from, step, buckets.length);
            var indicators = reports.indicators();
            this.holder = new ResultsHolder(from, to, buckets, indicators.lowerBound(), indicators.higherBound());
        }

        int bucket(long time) {
            return (Integer) bucketOf.apply(time);
        }

        Span span(SimulationLog log) {
            var run = new RunInfo(
                    from,
                    to,
                    log.run.simulationClass(),
                    log.run.description(),
                    log.run.start(),
                    log.scenarios.toArray(String[]::new),
                    CollectionConverters.asScala(List.<Assertion>of()).toList());
            return new Span(from, to, new LogFileData(run, holder, step));
        }
    }

    /** Hands each record to the whole run and, when it started in the window, to the window; counts users. */
    private static final class Feed implements SimulationLog.Visitor {
        private final Tally whole;
        private final WindowTally window;
        private final boolean groupDuration;
        private final String[] scenarios;
        private final Option<Group>[] requestGroups;
        private final String[] requestNames;
        private final Group[] groups;
        private final String[] messages;
        private final Option<String>[] requestMessages;
        long started;
        long finished;
        final Map<String, Long> startedByScenario = new LinkedHashMap<>();
        double activeUserMillis;

        @SuppressWarnings("unchecked")
        Feed(SimulationLog log, Tally whole, WindowTally window, boolean groupDuration) {
            this.whole = whole;
            this.window = window;
            this.groupDuration = groupDuration;
            scenarios = log.scenarios.toArray(String[]::new);
            requestGroups = log.requestNames.stream()
                    .map(r -> r.groups().isEmpty() ? Option.<Group>empty() : Option.apply(group(r.groups())))
                    .toArray(Option[]::new);
            requestNames = log.requestNames.stream()
                    .map(SimulationLog.RequestName::name)
                    .toArray(String[]::new);
            groups = log.groups.stream().map(Feed::group).toArray(Group[]::new);
            messages = log.messages.toArray(String[]::new);
            // As Gatling's reader: a request's message is trimmed, and an empty one is no error.
            requestMessages = log.messages.stream()
                    .map(m -> m.trim().isEmpty() ? Option.<String>empty() : Option.apply(m.trim()))
                    .toArray(Option[]::new);
        }

        private static Group group(List<String> hierarchy) {
            return Group.apply(CollectionConverters.asScala(hierarchy).toList());
        }

        @Override
        public void user(int scenario, boolean start, long timestamp) {
            whole.holder.addUserRecord(UserRecord.apply(
                    scenarios[scenario], start ? MessageEvent.Start$.MODULE$ : MessageEvent.End$.MODULE$, timestamp));
            if (start) {
                started++;
                startedByScenario.merge(scenarios[scenario], 1L, Long::sum);
            } else {
                finished++;
            }
            if (window != null) {
                // The active count steps up at a start and down at an end: integrate each step to the window's end.
                long activeFor = window.to() - Math.min(window.to(), Math.max(window.from(), timestamp));
                activeUserMillis += start ? activeFor : -activeFor;
            }
        }

        @Override
        public void request(int name, long start, long end, boolean ok, int message) {
            whole.holder.addRequestRecord(request(whole, name, start, end, ok, message));
            if (window != null && window.holds(start)) {
                window.request(name, start, (int) (end - start), ok);
            }
        }

        private RequestRecord request(Tally tally, int name, long start, long end, boolean ok, int message) {
            return RequestRecord.apply(
                    requestGroups[name],
                    requestNames[name],
                    ok ? OK : KO,
                    start,
                    tally.bucket(start),
                    tally.bucket(end),
                    (int) (end - start),
                    requestMessages[message],
                    false);
        }

        @Override
        public void group(int group, long start, long end, int cumulatedResponseTime, boolean ok) {
            whole.holder.addGroupRecord(group(whole, group, start, end, cumulatedResponseTime, ok));
            if (window != null && window.holds(start)) {
                window.group(group, start, groupDuration ? (int) (end - start) : cumulatedResponseTime, ok);
            }
        }

        private GroupRecord group(Tally tally, int group, long start, long end, int cumulated, boolean ok) {
            return GroupRecord.apply(
                    groups[group], (int) (end - start), cumulated, ok ? OK : KO, start, tally.bucket(start));
        }

        @Override
        public void error(int message, long timestamp) {
            whole.holder.addErrorRecord(ErrorRecord.apply(messages[message], timestamp));
        }
    }
}
