package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.group;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.endpoints.AuthEndpoints;
import io.gatling.javaapi.core.ChainBuilder;

/** "Authenticate": log in as the fed test account. */
public final class AuthChains {
    public static final String AUTHENTICATE = "Authenticate";

    private final AuthEndpoints auth;

    public AuthChains(ApiPaths paths) {
        this.auth = new AuthEndpoints(paths);
    }

    public ChainBuilder authenticate() {
        return group(AUTHENTICATE).on(auth.logIn());
    }
}
