package com.salesmachine.loadtest.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesmachine.loadtest.settings.SettingSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one HTTP client the suite uses outside the load (preflights, reconciliation, the queue-store
 * client, cleanup, the conformance check). Every URL passes the {@link ProductionGuard} before it is
 * called; it speaks HTTP/1.1 (the JDK's default HTTP/2 sends {@code Upgrade: h2c} on http:// URLs,
 * which some servers, N8N among them, never answer); it never follows a redirect (a 3xx is an answer,
 * and {@link Answer#status()} says where it pointed); every call is bounded by a time-out; and every
 * failure is an {@link OutboundException} with one line naming the setting, the call and what went
 * wrong, credentials masked.
 */
public final class Outbound {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProductionGuard guard;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final HttpClient client;

    /** {@code apiKey}: sent as {@code X-API-Key} on calls to the API (see {@link Call#withApiKey}). */
    public Outbound(ProductionGuard guard, Optional<String> apiKey) {
        this(guard, apiKey, DEFAULT_TIMEOUT);
    }

    public Outbound(ProductionGuard guard, Optional<String> apiKey, Duration timeout) {
        this.guard = guard;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public ProductionGuard guard() {
        return guard;
    }

    public Duration timeout() {
        return timeout;
    }

    /** A call to make: which setting its URL comes from, the method, the URL, an optional JSON body and headers. */
    public static final class Call {
        private final String setting;
        private final String method;
        private final URI url;
        private String body;
        private boolean apiKey = true;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String setting, String method, URI url) {
            this.setting = setting;
            this.method = method;
            this.url = url;
        }

        public Call json(String jsonBody) {
            this.body = jsonBody;
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** Leaves {@code X-API-Key} off (a call to another service than the API: N8N, the queue store). */
        public Call withoutApiKey() {
            this.apiKey = false;
            return this;
        }

        /** How the call is named in messages: {@code SETTING: METHOD url}, credentials masked. */
        public String describe() {
            return setting + ": " + request();
        }

        /** {@code METHOD url}, credentials masked. */
        public String request() {
            return method + " " + SettingSource.mask(url.toString());
        }

        public String setting() {
            return setting;
        }

        public URI url() {
            return url;
        }
    }

    public static Call get(String setting, URI url) {
        return new Call(setting, "GET", url);
    }

    public static Call post(String setting, URI url) {
        return new Call(setting, "POST", url);
    }

    public static Call delete(String setting, URI url) {
        return new Call(setting, "DELETE", url);
    }

    public static Call call(String setting, String method, URI url) {
        return new Call(setting, method, url);
    }

    /** What a call answered. */
    public record Answer(Call call, int status, String body, Map<String, String> headers) {
        /** {@code HTTP 404}, or for a redirect {@code HTTP 307 (a redirect to ..., which the suite does not follow)}. */
        public String describeStatus() {
            String text = "HTTP " + status;
            if (status >= 300 && status < 400) {
                String location = headers.get("location");
                text += location == null
                        ? " (a redirect, which the suite does not follow)"
                        : " (a redirect to " + SettingSource.mask(location) + ", which the suite does not follow)";
            }
            return text;
        }

        public boolean is(int expected) {
            return status == expected;
        }

        /** The body as JSON; an {@link OutboundException} saying {@code expected} when it is not. */
        public JsonNode json(String expected) {
            try {
                JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
                if (node == null) {
                    throw new IOException("empty");
                }
                return node;
            } catch (IOException e) {
                throw new OutboundException(call.describe() + " did not answer JSON, expected " + expected);
            }
        }

        /** The body as a JSON object; an {@link OutboundException} saying {@code expected} when it is not. */
        public JsonNode object(String expected) {
            JsonNode node = json(expected);
            if (!node.isObject()) {
                throw new OutboundException(call.describe() + " did not answer a JSON object, expected " + expected);
            }
            return node;
        }

        /** Throws, naming the call, unless the status is {@code expected}. */
        public Answer expect(int expected, String what) {
            if (status != expected) {
                throw new OutboundException(
                        call.describe() + " answered " + describeStatus() + ", expected " + expected + " " + what);
            }
            return this;
        }
    }

    /**
     * Makes the call: the guard first (a refused URL is a {@link ProductionRefusedException} and nothing
     * is sent), then one request bounded by the time-out.
     */
    public Answer send(Call call) {
        guard.check(call.setting, call.url);
        var request = HttpRequest.newBuilder(call.url)
                .timeout(timeout)
                .header("Accept", "application/json")
                .method(
                        call.method,
                        call.body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(call.body));
        if (call.body != null) {
            request.header("Content-Type", "application/json");
        }
        if (call.apiKey) {
            apiKey.ifPresent(key -> request.header("X-API-Key", key));
        }
        call.headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new OutboundException(call.describe() + " could not connect within " + seconds(timeout) + " s");
        } catch (HttpTimeoutException e) {
            throw new OutboundException(call.describe() + " did not answer within " + seconds(timeout) + " s");
        } catch (IOException e) {
            throw new OutboundException(call.describe() + " failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundException(call.describe() + " was interrupted");
        } catch (IllegalArgumentException e) {
            throw new OutboundException(call.describe() + " is not a request the client can send ("
                    + SettingSource.mask(String.valueOf(e.getMessage())) + ")");
        }
        var headers = new LinkedHashMap<String, String>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0));
            }
        });
        return new Answer(call, response.statusCode(), response.body(), headers);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : String.format("%.1f", d.toMillis() / 1000.0);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        String message = e.getMessage() == null ? null : SettingSource.mask(e.getMessage());
        return message == null ? kind : kind + " (" + message + ")";
    }
}
