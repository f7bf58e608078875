package com.salesmachine.loadtest.preflight;

import com.salesmachine.loadtest.config.N8nSettings;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import java.net.URI;
import java.util.Optional;

/**
 * Where the N8N workflow answers, decided once before any protocol is built: the webhook
 * ({@code N8N_WEBHOOK_URL}: a URL, or a path on the API; on the embedded stand-in its scraper
 * webhook when unset) and the execution API at {@code path.n8nExecutions} on the webhook's host.
 */
public record N8nTarget(URI webhook, URI executions, Optional<String> apiKey) {

    /** Where the workflow of the API at {@code apiBaseUrl} (the embedded stand-in or not) answers. */
    public static N8nTarget resolve(Settings settings, URI apiBaseUrl, boolean standIn) {
        String webhook = settings.n8nWebhookUrl().orElseGet(() -> {
            if (!standIn) {
                throw new SettingException(
                        "N8N_WEBHOOK_URL",
                        "is not set; the LinkedIn scraping scenario needs the N8N webhook when API_BASE_URL is set");
            }
            return WorkflowHandlers.DEFAULT_WEBHOOK_PATH;
        });
        URI webhookUrl;
        URI origin;
        try {
            if (webhook.startsWith("/")) {
                webhookUrl = URI.create(apiBaseUrl + webhook);
                origin = apiBaseUrl;
            } else {
                webhookUrl = URI.create(webhook);
                origin = URI.create(webhookUrl.getScheme() + "://" + webhookUrl.getRawAuthority());
            }
        } catch (IllegalArgumentException e) {
            throw new SettingException(
                    "N8N_WEBHOOK_URL",
                    "'" + SettingSource.mask(webhook) + "' is not a valid URL (" + e.getMessage() + ")");
        }
        return new N8nTarget(
                webhookUrl,
                URI.create(origin + settings.n8n().executionsPath()),
                settings.n8n().apiKey());
    }

    /** Refuses, before any request, a webhook or execution API on a production host. */
    public void checkWith(ProductionGuard guard) {
        guard.check("N8N_WEBHOOK_URL", webhook);
        guard.check(N8nSettings.EXECUTIONS_PATH, executions);
    }

    /** The execution API's URL for one execution. */
    public URI execution(String id) {
        return URI.create(executions + "/" + id);
    }

    public String describe() {
        return "webhook " + SettingSource.mask(webhook.toString()) + ", executions "
                + SettingSource.mask(executions.toString());
    }
}
