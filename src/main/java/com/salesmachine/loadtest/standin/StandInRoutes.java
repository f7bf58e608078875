package com.salesmachine.loadtest.standin;

import com.salesmachine.loadtest.standin.auth.LoginHandler;
import com.salesmachine.loadtest.standin.auth.SignedIn;
import com.salesmachine.loadtest.standin.campaigns.CampaignHandlers;
import com.salesmachine.loadtest.standin.conformance.BrokenAnswers;
import com.salesmachine.loadtest.standin.dashboard.DashboardHandler;
import com.salesmachine.loadtest.standin.emailqueue.EmailQueueHandlers;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentHandlers;
import com.salesmachine.loadtest.standin.health.HealthHandler;
import com.salesmachine.loadtest.standin.http.ApiKeyCheck;
import com.salesmachine.loadtest.standin.http.ConditionalGets;
import com.salesmachine.loadtest.standin.http.ErrorResponses;
import com.salesmachine.loadtest.standin.http.SplitServerTiming;
import com.salesmachine.loadtest.standin.metrics.MemoryLeak;
import com.salesmachine.loadtest.standin.metrics.MetricsHandler;
import com.salesmachine.loadtest.standin.prospects.ProspectHandlers;
import com.salesmachine.loadtest.standin.redis.UpstashHandler;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import io.javalin.config.RoutesConfig;
import java.util.Optional;

/**
 * The routing table: every endpoint of the stand-in, its handler, and whether it needs a token. (With
 * {@code standin.hangOnH2c}, a request asking for h2c never gets here: {@code http.H2cHold} holds it.)
 */
record StandInRoutes(
        Optional<ApiKeyCheck> apiKeyCheck,
        SignedIn signedIn,
        HealthHandler health,
        MetricsHandler metrics,
        LoginHandler login,
        ProspectHandlers prospects,
        CampaignHandlers campaigns,
        DashboardHandler dashboard,
        WorkflowHandlers workflows,
        EmailQueueHandlers emailQueue,
        UpstashHandler upstash,
        EnrichmentHandlers enrichment,
        Optional<BrokenAnswers> brokenAnswers,
        Optional<ConditionalGets> conditionalGets,
        Optional<SplitServerTiming> splitServerTiming,
        Optional<MemoryLeak> leak) {

    void addTo(RoutesConfig routes) {
        apiKeyCheck.ifPresent(routes::before);
        ErrorResponses.register(routes);

        routes.get("/health", health::get);
        // Prometheus text format, open like /health (a scraper carries no API credentials).
        routes.get(MetricsHandler.PATH, metrics::get);
        routes.post("/auth/login", login::login);

        routes.get("/prospects", signedIn.then(prospects::list));
        routes.post("/prospects", signedIn.then(prospects::create));
        routes.get("/prospects/{id}", signedIn.then(prospects::get));
        routes.delete("/prospects/{id}", signedIn.then(prospects::delete));

        routes.get("/campaigns", signedIn.then(campaigns::list));
        routes.post("/campaigns", signedIn.then(campaigns::create));
        routes.get("/campaigns/{id}", signedIn.then(campaigns::get));
        routes.delete("/campaigns/{id}", signedIn.then(campaigns::delete));

        routes.get("/dashboard", signedIn.then(dashboard::get));

        // The stand-in N8N: the LinkedIn scraper's webhook and the public API's executions (X-N8N-API-KEY).
        routes.post(WorkflowHandlers.WEBHOOK_ROUTE, signedIn.then(workflows::trigger));
        routes.get(WorkflowHandlers.EXECUTIONS_PATH, workflows::list);
        routes.get(WorkflowHandlers.EXECUTION_ROUTE, workflows::execution);
        routes.delete(WorkflowHandlers.EXECUTION_ROUTE, workflows::delete);

        routes.post("/campaigns/{id}/prospects", signedIn.then(emailQueue::addProspects));
        routes.post("/campaigns/{id}/send", signedIn.then(emailQueue::send));
        routes.get("/campaigns/{id}/queue", signedIn.then(emailQueue::status));

        // The queue store's Upstash-compatible REST subset (/upstash/lpush/key/value): its own bearer token.
        routes.get("/upstash/{command}", upstash::command);
        routes.get("/upstash/{command}/<args>", upstash::command);
        routes.post("/upstash/{command}", upstash::command);
        routes.post("/upstash/{command}/<args>", upstash::command);
        routes.put("/upstash/{command}", upstash::command);
        routes.put("/upstash/{command}/<args>", upstash::command);

        // AI enrichment behind the provider's rate limit (429 with Retry-After when its budget is spent).
        routes.post(EnrichmentHandlers.ROUTE, signedIn.then(enrichment::trigger));
        routes.get(EnrichmentHandlers.ROUTE, signedIn.then(enrichment::status));
        routes.get(EnrichmentHandlers.COUNTERS_PATH, enrichment::counters);

        // After every answer: the deliberate contract deviations (standin.break), then, over the final
        // body, ETag and 304 for a matching If-None-Match (standin.etags).
        brokenAnswers.ifPresent(routes::after);
        conditionalGets.ifPresent(routes::after);
        // Each Server-Timing entry on a header line of its own (standin.splitServerTiming).
        splitServerTiming.ifPresent(routes::after);
        // The deliberate leak (standin.leakPerRequest): bytes kept after every answer, up to its cap.
        leak.ifPresent(routes::after);
    }
}
