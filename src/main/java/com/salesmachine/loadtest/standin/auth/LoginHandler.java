package com.salesmachine.loadtest.standin.auth;

import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import com.salesmachine.loadtest.standin.http.Json;
import io.javalin.http.Context;

/** {@code POST /auth/login}. */
public final class LoginHandler {
    private final LoginService logins;
    private final DatabaseResponder database;

    public LoginHandler(LoginService logins, DatabaseResponder database) {
        this.logins = logins;
        this.database = database;
    }

    public void login(Context ctx) {
        Credentials credentials = Credentials.from(Json.readObject(ctx));
        database.respond(
                ctx,
                Operation.LOGIN,
                () -> logins.login(credentials),
                answer -> Json.write(ctx, 200, answer.orElseThrow(HttpFailure::invalidCredentials)));
    }
}
