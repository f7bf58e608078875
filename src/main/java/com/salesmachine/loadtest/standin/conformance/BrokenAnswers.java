package com.salesmachine.loadtest.standin.conformance;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * After-handler that makes the {@link ContractBreak}s of {@code standin.break}: when the route that
 * answered is a broken one and its answer is the success it breaks, the body is rewritten.
 */
public final class BrokenAnswers implements Handler {
    private final Set<ContractBreak> breaks;

    public BrokenAnswers(Set<ContractBreak> breaks) {
        this.breaks = breaks.isEmpty() ? EnumSet.noneOf(ContractBreak.class) : EnumSet.copyOf(breaks);
    }

    @Override
    public void handle(Context ctx) throws IOException {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        InputStream result = ctx.resultInputStream();
        if (endpoint == null || result == null) {
            return;
        }
        for (ContractBreak broken : breaks) {
            if (broken.appliesTo(endpoint.method.name(), endpoint.path, ctx.statusCode())) {
                ctx.result(broken.apply(result.readAllBytes()));
                return;
            }
        }
    }
}
