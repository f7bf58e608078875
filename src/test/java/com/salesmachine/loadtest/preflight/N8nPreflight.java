package com.salesmachine.loadtest.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.config.N8nSettings;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.testusers.TestUser;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check the scraping scenario makes once before any load (the seed asks to verify the webhook
 * first): logs in as one test account, triggers one scrape through the webhook and reads that
 * execution back from the execution API, each answer held to the expected shape. Anything else
 * stops the run with one line naming the URL and how it failed. It does not wait for the scrape.
 * Every call goes through the guarded {@link Outbound} client, so a webhook or execution API on a
 * production host is refused before the scrape is sent.
 */
public final class N8nPreflight {
    private static final Logger LOG = LoggerFactory.getLogger(N8nPreflight.class);
    private static final Set<String> STATUSES =
            Set.of("new", "running", "success", "error", "waiting", "crashed", "canceled", "unknown");

    private final Outbound outbound;

    public N8nPreflight(Outbound outbound) {
        this.outbound = outbound;
    }

    /** Returns the execution id of the one scrape it triggered; throws {@link PreflightException}. */
    public String check(N8nTarget n8n, URI loginUrl, TestUser account, String scrapeBody) {
        String token = new Preflight(outbound).checkLogin(loginUrl, account);

        var trigger =
                Outbound.post("N8N_WEBHOOK_URL", n8n.webhook()).json(scrapeBody).bearer(token);
        JsonNode triggered = object(outbound.send(trigger), "{\"executionId\": ...}");
        JsonNode id = triggered.get("executionId");
        if (id == null
                || !(id.isTextual() || id.isIntegralNumber())
                || id.asText().isEmpty()) {
            throw new PreflightException(
                    trigger.describe() + " answered " + brief(triggered) + ", expected {\"executionId\": ...}");
        }

        var read = Outbound.get(N8nSettings.EXECUTIONS_PATH, n8n.execution(id.asText()));
        n8n.apiKey().ifPresent(k -> read.header("X-N8N-API-KEY", k));
        String expected = "{\"id\", \"finished\": true|false, \"status\"}";
        JsonNode execution = object(outbound.send(read), expected);
        boolean shaped = execution.path("id").asText().equals(id.asText())
                && execution.path("finished").isBoolean()
                && STATUSES.contains(execution.path("status").asText());
        if (!shaped) {
            throw new PreflightException(read.describe() + " answered " + brief(execution) + ", expected " + expected);
        }
        return id.asText();
    }

    private static JsonNode object(Outbound.Answer answer, String expected) {
        if (answer.status() != 200) {
            String hint = answer.status() == 401 && answer.call().setting().equals(N8nSettings.EXECUTIONS_PATH)
                    ? " (is N8N_API_KEY right?)"
                    : "";
            throw new PreflightException(answer.call().describe() + " answered " + answer.describeStatus()
                    + ", expected 200 with " + expected + hint);
        }
        try {
            return answer.object(expected);
        } catch (OutboundException e) {
            throw new PreflightException(e.getMessage());
        }
    }

    private static String brief(JsonNode json) {
        String text = json.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
