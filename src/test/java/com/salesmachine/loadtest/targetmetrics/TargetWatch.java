package com.salesmachine.loadtest.targetmetrics;

import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.TargetView;
import com.salesmachine.loadtest.settings.SettingSource;
import java.util.List;
import java.util.Optional;

/**
 * The run's watch on its target's resources: the sampler's readings turned into the summary's
 * {@code target.resources} over the run's windows. The memory trend is judged on the steady window
 * when there is one (a ramp-up's warm-up is not a leak), else on the whole run.
 */
public final class TargetWatch implements TargetView {
    private final TargetMetricsSampler sampler;

    public TargetWatch(TargetMetricsSampler sampler) {
        this.sampler = sampler;
    }

    public TargetMetricsSampler sampler() {
        return sampler;
    }

    @Override
    public RunSummary.Resources resources(Span wholeRun, Optional<Span> steady) {
        return of(
                sampler.readings(),
                sampler.failedScrapes(),
                SettingSource.mask(sampler.url().toString()),
                sampler.interval().toMillis() / 1000.0,
                wholeRun,
                steady);
    }

    /** The figures from {@code readings}; public for tests and for a run read back. */
    public static RunSummary.Resources of(
            List<TargetReading> readings,
            int failedScrapes,
            String metricsUrl,
            double intervalSeconds,
            Span wholeRun,
            Optional<Span> steady) {
        List<TargetReading> whole = TargetFigures.in(readings, wholeRun.fromMillis(), wholeRun.toMillis());
        Optional<List<TargetReading>> steadyReadings =
                steady.map(s -> TargetFigures.in(readings, s.fromMillis(), s.toMillis()));
        List<TargetReading> trendOver = steadyReadings.orElse(whole);
        String series = TargetFigures.memorySeries(trendOver);
        MemoryTrend trend = TargetFigures.trend(trendOver, series);
        return new RunSummary.Resources(
                metricsUrl,
                intervalSeconds,
                whole.size(),
                failedScrapes,
                TargetFigures.cpuCores(whole),
                TargetFigures.megabytes(whole, TargetReading::residentBytes),
                TargetFigures.megabytes(whole, TargetReading::heapUsedBytes),
                TargetFigures.gcPercent(whole),
                steadyReadings.map(TargetWatch::window).orElse(null),
                trend == null ? null : series,
                steady.isPresent() ? "steady" : "whole run",
                trend == null ? null : TargetFigures.round(trend.slopeMbPerHour()),
                trend == null || trend.meanMb() <= 0
                        ? null
                        : TargetFigures.round(trend.slopeMbPerHour() * 100 / trend.meanMb()),
                trend == null ? null : trend.growing());
    }

    private static RunSummary.ResourceWindow window(List<TargetReading> readings) {
        return new RunSummary.ResourceWindow(
                readings.size(),
                TargetFigures.cpuCores(readings),
                TargetFigures.megabytes(readings, TargetReading::residentBytes),
                TargetFigures.megabytes(readings, TargetReading::heapUsedBytes),
                TargetFigures.gcPercent(readings));
    }
}
