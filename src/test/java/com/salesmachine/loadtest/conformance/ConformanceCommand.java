package com.salesmachine.loadtest.conformance;

import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.Secrets;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.conformance.ContractWalk.Area;
import com.salesmachine.loadtest.data.RunId;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.preflight.N8nTarget;
import com.salesmachine.loadtest.preflight.Preflight;
import com.salesmachine.loadtest.run.BadInput;
import com.salesmachine.loadtest.run.RunInputs;
import com.salesmachine.loadtest.run.Target;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.testusers.TestUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conformance check, run before a load: {@code ./mvnw -q test-compile exec:java@conformance}
 * (with the same settings as a run; {@code -Dsimulations=EmailQueueSimulation,...} to walk only what
 * those use). It calls every endpoint once and prints one line per deviation from
 * docs/API-CONTRACT.md, then a summary. Exit 0: nothing the suite relies on differs; 1: a deviation;
 * 64: bad input.
 */
public final class ConformanceCommand {
    static final String SIMULATIONS = "simulations";
    static final Map<String, Set<Area>> AREAS = Map.of(
            "nfr3benchmarksimulation", EnumSet.of(Area.CORE),
            "emailqueuesimulation", EnumSet.of(Area.CORE, Area.EMAIL_QUEUE),
            "aienrichmentsimulation", EnumSet.of(Area.CORE, Area.ENRICHMENT),
            "linkedinscrapingsimulation", EnumSet.of(Area.CORE, Area.SCRAPING));

    private ConformanceCommand() {}

    public static void main(String[] args) {
        var source = SettingSource.fromSystem();
        int exit;
        try {
            exit = run(source, System.out);
        } catch (RuntimeException e) {
            if (!BadInput.isBadInput(e)) {
                throw e;
            }
            System.err.println(BadInput.refusalLine(e, Secrets.from(source)));
            exit = ExitCodes.BAD_INPUT;
        }
        System.exit(exit);
    }

    static int run(SettingSource source, java.io.PrintStream out) {
        Settings settings = Settings.load(source);
        Set<Area> areas = areas(source.raw(SIMULATIONS));
        List<TestUser> accounts = RunInputs.accounts(settings);
        var guard = new ProductionGuard(settings.productionHosts(), settings.allowProduction());
        RunInputs.guardKnownUrls(settings, guard);
        try (Target target = Target.start(settings, source, accounts)) {
            if (target.isStandIn()) {
                guard.trust(target.baseUrl());
            }
            var outbound = new Outbound(guard, settings.apiKey());
            // The walk creates data: never on production.
            String environment = new Preflight(outbound)
                    .checkHealth(target.baseUrl(), settings.paths().health());
            Optional<N8nTarget> n8n = Optional.empty();
            if (areas.contains(Area.SCRAPING)
                    && (target.isStandIn() || settings.n8nWebhookUrl().isPresent())) {
                N8nTarget resolved = N8nTarget.resolve(settings, target.baseUrl(), target.isStandIn());
                resolved.checkWith(guard);
                n8n = Optional.of(resolved);
            }
            String runId = RunId.create(Clock.systemUTC(), new SecureRandom());
            var walk = new ContractWalk(
                    outbound,
                    target.baseUrl(),
                    settings.paths(),
                    settings.enrichment().path(),
                    n8n,
                    runId);
            List<Finding> findings = walk.walk(accounts.get(0), areas);
            Secrets secrets = Secrets.from(source).with(accounts);
            findings.forEach(f -> out.println(secrets.scrub(f.line())));
            long deviations = count(findings, Finding.Kind.DEVIATION);
            out.printf(
                    "Conformance of %s (environment %s, run id %s): %d calls, %d deviations, %d notes, %d skipped%n",
                    target.describe(),
                    environment,
                    runId,
                    walk.calls(),
                    deviations,
                    count(findings, Finding.Kind.NOTE),
                    count(findings, Finding.Kind.SKIPPED));
            return deviations == 0 ? 0 : 1;
        }
    }

    static Set<Area> areas(Optional<String> simulations) {
        if (simulations.isEmpty()) {
            return EnumSet.allOf(Area.class);
        }
        var areas = EnumSet.of(Area.CORE);
        for (String name : simulations.get().split("[,\\s]+")) {
            String simple = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            Set<Area> of = AREAS.get(simple);
            if (of == null) {
                throw new SettingException(
                        SIMULATIONS,
                        "'" + name + "' is not a simulation; use one or more of AiEnrichmentSimulation,"
                                + " EmailQueueSimulation, LinkedInScrapingSimulation, Nfr3BenchmarkSimulation");
            }
            areas.addAll(of);
        }
        return areas;
    }

    private static long count(List<Finding> findings, Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }
}
