package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.checks.JsonBody;
import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.data.LoginBody;
import com.salesmachine.loadtest.data.SessionKeys;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Calls of the auth area: log in with the fed account and keep the bearer token. */
public final class AuthEndpoints {
    public static final String LOG_IN = "Log in";

    private final ApiPaths paths;

    public AuthEndpoints(ApiPaths paths) {
        this.paths = paths;
    }

    public HttpRequestActionBuilder logIn() {
        return http(LOG_IN)
                .post(paths.login())
                .body(StringBody(session ->
                        LoginBody.of(session.getString(SessionKeys.EMAIL), session.getString(SessionKeys.PASSWORD))))
                .check(
                        status().is(200),
                        JsonBody.expect().text("tokenType", "Bearer").saveText("token", SessionKeys.AUTH_TOKEN));
    }

    /** The header every authenticated call carries. */
    public static final String BEARER = "Bearer #{" + SessionKeys.AUTH_TOKEN + "}";
}
