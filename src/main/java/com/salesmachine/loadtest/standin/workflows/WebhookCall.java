package com.salesmachine.loadtest.standin.workflows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the webhook received, kept with its execution as N8N keeps its webhook node's output: the
 * parsed body (in its order, nulls kept), and (the n8n flavor only) the request's header fields by
 * lower-case name, bearer token included.
 */
public record WebhookCall(Map<String, Object> body, Map<String, String> headers) {
    public WebhookCall {
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
        headers = Collections.unmodifiableMap(new TreeMap<>(headers));
    }
}
