package com.salesmachine.loadtest.conformance;

import static com.salesmachine.loadtest.conformance.JsonShape.Type.ARRAY;
import static com.salesmachine.loadtest.conformance.JsonShape.Type.BOOLEAN;
import static com.salesmachine.loadtest.conformance.JsonShape.Type.ID;
import static com.salesmachine.loadtest.conformance.JsonShape.Type.NON_BLANK_STRING;
import static com.salesmachine.loadtest.conformance.JsonShape.Type.NUMBER;
import static com.salesmachine.loadtest.conformance.JsonShape.Type.OBJECT;
import static com.salesmachine.loadtest.conformance.JsonShape.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.config.EnrichmentSettings;
import com.salesmachine.loadtest.config.N8nSettings;
import com.salesmachine.loadtest.data.FakeData;
import com.salesmachine.loadtest.data.LoginBody;
import com.salesmachine.loadtest.data.RunId;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.preflight.N8nTarget;
import com.salesmachine.loadtest.ratelimit.RetryAfter;
import com.salesmachine.loadtest.testusers.TestUser;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks every endpoint the chosen scenarios use, once, in the order a user would (log in, create a
 * prospect, a campaign around it, queue its emails, enrich it, scrape a profile), holding each answer's
 * status and fields to docs/API-CONTRACT.md, and deletes what it created. Every call goes through the
 * guarded {@link Outbound} client. What it finds is a list of {@link Finding}s, one line each.
 */
public final class ContractWalk {
    /** The scenario families, by what they call. */
    public enum Area {
        CORE,
        EMAIL_QUEUE,
        ENRICHMENT,
        SCRAPING
    }

    private static final Set<String> PROSPECT_STATUSES =
            Set.of("new", "contacted", "replied", "qualified", "disqualified");
    private static final Set<String> N8N_STATUSES =
            Set.of("new", "running", "success", "error", "waiting", "crashed", "canceled", "unknown");

    private final Outbound outbound;
    private final URI baseUrl;
    private final ApiPaths paths;
    private final String enrichmentPath;
    private final Optional<N8nTarget> n8n;
    private final String runId;
    private final String tag;
    private final FakeData data;
    private final List<Finding> findings = new ArrayList<>();
    private int calls;

    public ContractWalk(
            Outbound outbound,
            URI baseUrl,
            ApiPaths paths,
            String enrichmentPath,
            Optional<N8nTarget> n8n,
            String runId) {
        this.outbound = outbound;
        this.baseUrl = baseUrl;
        this.paths = paths;
        this.enrichmentPath = enrichmentPath;
        this.n8n = n8n;
        this.runId = runId;
        this.tag = RunId.tag(runId);
        this.data = new FakeData(1, runId);
    }

    /** How many calls the walk made. */
    public int calls() {
        return calls;
    }

    public List<Finding> walk(TestUser account, Set<Area> areas) {
        call(
                "GET",
                paths.health(),
                null,
                null,
                200,
                new JsonShape().needs("environment", STRING).documents("status", STRING));

        JsonNode login = call(
                "POST",
                paths.login(),
                null,
                LoginBody.of(account.email(), account.password()),
                200,
                new JsonShape()
                        .needs("token", NON_BLANK_STRING)
                        .needsEqual("tokenType", "Bearer")
                        .documents("expiresIn", NUMBER)
                        .documents("user", OBJECT));
        String token = login.path("token").asText("");
        if (token.isBlank()) {
            findings.add(new Finding(Finding.Kind.SKIPPED, "every other call", "", "the login gave no token"));
            return List.copyOf(findings);
        }
        note("GET", paths.dashboard(), null, 401, "without a token");

        call(
                "GET",
                paths.dashboard(),
                token,
                null,
                200,
                new JsonShape()
                        .needs("prospects.total", NUMBER)
                        .needs("campaigns.total", NUMBER)
                        .documents("prospects.byStatus", OBJECT)
                        .documents("campaigns.byStatus", OBJECT)
                        .documents("generatedAt", STRING));
        call("GET", paths.prospects() + "?page=1&pageSize=10&status=new", token, null, 200, page());
        String prospect = createProspect(token);
        String second = createProspect(token);
        if (prospect == null) {
            findings.add(new Finding(
                    Finding.Kind.SKIPPED, "the prospect and campaign calls", "", "no prospect was created"));
            return List.copyOf(findings);
        }
        call(
                "GET",
                paths.prospects() + "/" + prospect,
                token,
                null,
                200,
                new JsonShape().needsEqual("id", prospect).needs("email", STRING));
        note("GET", paths.prospects() + "/conformance-no-such-id", token, 404, "for an unknown id");
        call("GET", paths.campaigns() + "?page=1&pageSize=10", token, null, 200, page());
        JsonNode campaign = call(
                "POST",
                paths.campaigns(),
                token,
                FakeData.json(Map.of(
                        "name",
                        "Conformance check",
                        "subject",
                        "Conformance check",
                        "prospectIds",
                        List.of(prospect),
                        "tags",
                        List.of("loadtest", tag))),
                201,
                new JsonShape()
                        .needs("id", ID)
                        .needsEqual("status", "draft")
                        .needsEqual("prospectIds.0", prospect)
                        .documents("createdAt", STRING));
        String campaignId = campaign.path("id").asText("");

        if (areas.contains(Area.EMAIL_QUEUE) && !campaignId.isEmpty() && second != null) {
            emailQueue(token, campaignId, second);
        }
        if (areas.contains(Area.ENRICHMENT)) {
            enrichment(token, prospect);
        }
        if (areas.contains(Area.SCRAPING)) {
            scraping(token);
        }

        if (!campaignId.isEmpty()) {
            call("DELETE", paths.campaigns() + "/" + campaignId, token, null, 204, null);
        }
        call("DELETE", paths.prospects() + "/" + prospect, token, null, 204, null);
        if (second != null) {
            call("DELETE", paths.prospects() + "/" + second, token, null, 204, null);
        }
        // The same deviation on the two prospect creations is one line.
        return findings.stream().distinct().toList();
    }

    private static JsonShape page() {
        return new JsonShape()
                .needs("items", ARRAY)
                .needsEqual("page", "1")
                .needs("total", NUMBER)
                .documents("pageSize", NUMBER)
                .documents("totalPages", NUMBER);
    }

    private String createProspect(String token) {
        JsonNode created = call(
                "POST",
                paths.prospects(),
                token,
                FakeData.json(data.prospect()),
                201,
                new JsonShape()
                        .needs("id", ID)
                        .needs("createdAt", STRING)
                        .needs("status", PROSPECT_STATUSES)
                        .documents("email", STRING)
                        .documents("source", STRING)
                        .documents("tags", ARRAY));
        String id = created.path("id").asText("");
        return id.isEmpty() ? null : id;
    }

    private void emailQueue(String token, String campaignId, String prospect) {
        String campaign = paths.campaigns() + "/" + campaignId;
        call(
                "POST",
                campaign + "/prospects",
                token,
                FakeData.json(Map.of("prospectIds", List.of(prospect))),
                200,
                new JsonShape().needsEqual("id", campaignId).needs("prospectIds", ARRAY));
        JsonNode sent = call(
                "POST",
                campaign + "/send",
                token,
                null,
                202,
                new JsonShape()
                        .needsEqual("campaignId", campaignId)
                        .needs("queued", NUMBER)
                        .needs("emailIds", ARRAY)
                        .documents("queueDepth", NUMBER));
        if (sent.path("emailIds").isArray()
                && sent.path("queued").isNumber()
                && sent.path("emailIds").size() != sent.path("queued").asInt()) {
            findings.add(new Finding(
                    Finding.Kind.DEVIATION,
                    "POST " + campaign + "/send",
                    "as many \"emailIds\" as \"queued\"",
                    sent.path("emailIds").size() + " ids, queued " + sent.path("queued")));
        }
        JsonShape queue = new JsonShape().needsEqual("campaignId", campaignId);
        for (String state : List.of("queued", "sending", "sent", "failed")) {
            queue.needs(state, NUMBER).needs("emailIds." + state, ARRAY);
        }
        call("GET", campaign + "/queue", token, null, 200, queue.documents("queueDepth", NUMBER));
    }

    private void enrichment(String token, String prospect) {
        String path = enrichmentPath.replace(EnrichmentSettings.ID, prospect);
        var answer = send("POST", path, token, null);
        if (answer.isEmpty()) {
            return;
        }
        String call = "POST " + path;
        if (answer.get().status() == 429) {
            String retryAfter = answer.get().headers().get("retry-after");
            if (retryAfter != null
                    && RetryAfter.parse(retryAfter, Instant.now()).isEmpty()) {
                findings.add(new Finding(
                        Finding.Kind.NOTE,
                        call,
                        "a Retry-After of seconds or an HTTP-date",
                        "'" + retryAfter + "' (the suite backs off on its own instead)"));
            }
        } else if (answer.get().status() != 202) {
            findings.add(new Finding(
                    Finding.Kind.DEVIATION,
                    call,
                    "HTTP 202 (or 429)",
                    answer.get().describeStatus()));
            return;
        } else {
            findings.addAll(new JsonShape()
                    .needs("enrichmentId", ID)
                    .needsEqual("prospectId", prospect)
                    .documents("status", STRING)
                    .check(call, json(answer.get())));
        }
        call(
                "GET",
                path,
                token,
                null,
                200,
                new JsonShape().needs("enrichmentId", ID).needs("status", Set.of("pending", "completed", "failed")));
    }

    private void scraping(String token) {
        if (n8n.isEmpty()) {
            findings.add(new Finding(
                    Finding.Kind.SKIPPED, "the N8N webhook and execution API", "", "N8N_WEBHOOK_URL is not set"));
            return;
        }
        var target = n8n.get();
        String body = FakeData.json(data.scrape(data.linkedinUrl(), "scrape:" + runId + "-conformance"));
        var trigger =
                Outbound.post("N8N_WEBHOOK_URL", target.webhook()).json(body).bearer(token);
        JsonNode triggered = judge(trigger, 200, new JsonShape().needs("executionId", ID));
        String id = triggered.path("executionId").asText("");
        if (id.isEmpty()) {
            return;
        }
        var read = Outbound.get(N8nSettings.EXECUTIONS_PATH, target.execution(id));
        target.apiKey().ifPresent(k -> read.header("X-N8N-API-KEY", k));
        judge(
                read,
                200,
                new JsonShape()
                        .needsEqual("id", id)
                        .needs("finished", BOOLEAN)
                        .needs("status", N8N_STATUSES)
                        .documents("startedAt", STRING));
    }

    /** Sends a call to the API and holds its answer to {@code status} and {@code shape} (none: no body). */
    private JsonNode call(String method, String path, String token, String body, int status, JsonShape shape) {
        return judge(request(method, path, token, body), status, shape);
    }

    /** A call to the API, with the bearer token and JSON body when given. */
    private Outbound.Call request(String method, String path, String token, String body) {
        var call = Outbound.call("API_BASE_URL", method, URI.create(baseUrl + path));
        if (body != null) {
            call.json(body);
        }
        if (token != null) {
            call.bearer(token);
        }
        return call;
    }

    private JsonNode judge(Outbound.Call call, int status, JsonShape shape) {
        String name = call.request().replace(baseUrl.toString(), "");
        calls++;
        Outbound.Answer answer;
        try {
            answer = outbound.send(call);
        } catch (OutboundException e) {
            findings.add(new Finding(Finding.Kind.DEVIATION, name, "HTTP " + status, e.getMessage()));
            return MissingNode.getInstance();
        }
        if (answer.status() != status) {
            findings.add(new Finding(
                    Finding.Kind.DEVIATION, name, "HTTP " + status, answer.describeStatus() + body(answer)));
            return MissingNode.getInstance();
        }
        if (shape == null) {
            return MissingNode.getInstance();
        }
        JsonNode json = json(answer);
        if (json.isMissingNode()) {
            findings.add(new Finding(Finding.Kind.DEVIATION, name, "a JSON body", "none that parses"));
            return json;
        }
        findings.addAll(shape.check(name, json));
        return json;
    }

    /** A call whose answer the suite does not rely on: a different status is a note. */
    private void note(String method, String path, String token, int status, String when) {
        var answer = send(method, path, token, null);
        if (answer.isPresent() && answer.get().status() != status) {
            findings.add(new Finding(
                    Finding.Kind.NOTE,
                    method + " " + path + " " + when,
                    "HTTP " + status,
                    answer.get().describeStatus()));
        }
    }

    private Optional<Outbound.Answer> send(String method, String path, String token, String body) {
        calls++;
        try {
            return Optional.of(outbound.send(request(method, path, token, body)));
        } catch (OutboundException e) {
            findings.add(new Finding(Finding.Kind.DEVIATION, method + " " + path, "an answer", e.getMessage()));
            return Optional.empty();
        }
    }

    private static JsonNode json(Outbound.Answer answer) {
        try {
            return answer.json("JSON");
        } catch (OutboundException e) {
            return MissingNode.getInstance();
        }
    }

    private static String body(Outbound.Answer answer) {
        String text = answer.body() == null ? "" : answer.body().strip();
        return text.isEmpty() ? "" : " " + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
    }
}
