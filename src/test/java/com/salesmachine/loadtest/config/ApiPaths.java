package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;

/**
 * The API paths the suite calls, each a setting so an API that differs from
 * docs/API-CONTRACT.md can be targeted. Item paths are the collection path plus {@code /{id}}.
 */
public record ApiPaths(String login, String health, String prospects, String campaigns, String dashboard) {

    public static final ApiPaths CONTRACT =
            new ApiPaths("/auth/login", "/health", "/prospects", "/campaigns", "/dashboard");

    public static ApiPaths from(SettingSource source) {
        return new ApiPaths(
                path(source, "path.login", CONTRACT.login),
                path(source, "path.health", CONTRACT.health),
                path(source, "path.prospects", CONTRACT.prospects),
                path(source, "path.campaigns", CONTRACT.campaigns),
                path(source, "path.dashboard", CONTRACT.dashboard));
    }

    private static String path(SettingSource source, String setting, String defaultValue) {
        String value = source.string(setting, defaultValue);
        if (!value.matches("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*")) {
            throw new SettingException(
                    setting, "'" + value + "' is not a path; use one starting with / such as " + defaultValue);
        }
        return value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
