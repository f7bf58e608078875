package com.salesmachine.loadtest.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where settings come from: a system property named exactly like the setting first, then the
 * environment variable of the same name in upper snake case ({@code thinkTime} -> {@code THINK_TIME},
 * {@code standin.port} -> {@code STANDIN_PORT}), then the typed default.
 *
 * <p>Every typed read validates and throws a {@link SettingException} whose message names the
 * setting, the bad value and what is accepted.
 */
public final class SettingSource {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h)");
    /** The longest duration any setting takes: longer is a typo, and would overflow the run's bounds. */
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    private static final String MAX_DURATION_TEXT = "7 days (168h)";

    private final Map<String, String> properties;
    private final Map<String, String> environment;

    public SettingSource(Map<String, String> properties, Map<String, String> environment) {
        this.properties = Map.copyOf(properties);
        this.environment = Map.copyOf(environment);
    }

    /** Settings from this JVM's system properties and environment. */
    public static SettingSource fromSystem() {
        var props = new java.util.HashMap<String, String>();
        System.getProperties().stringPropertyNames().forEach(k -> props.put(k, System.getProperty(k)));
        return new SettingSource(props, System.getenv());
    }

    /** These settings with {@code overrides} put over the properties (a run started by another, say). */
    public SettingSource with(Map<String, String> overrides) {
        var props = new java.util.HashMap<>(properties);
        props.putAll(overrides);
        return new SettingSource(props, environment);
    }

    /** The environment variable that carries a setting. */
    public static String environmentName(String setting) {
        return setting.replaceAll("([a-z])([A-Z])", "$1_$2")
                .replace('.', '_')
                .replace('-', '_')
                .toUpperCase(Locale.ROOT);
    }

    /** The raw text of a setting; blank counts as absent. */
    public Optional<String> raw(String setting) {
        String value = properties.get(setting);
        if (value == null || value.isBlank()) {
            value = environment.get(environmentName(setting));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String string(String setting, String defaultValue) {
        return raw(setting).orElse(defaultValue);
    }

    public boolean bool(String setting, boolean defaultValue) {
        var value = raw(setting);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new SettingException(setting, quote(value.get()) + " is not a boolean; use true or false");
        };
    }

    public int positiveInt(String setting, int defaultValue) {
        return raw(setting).map(v -> parsePositiveInt(setting, v)).orElse(defaultValue);
    }

    public Optional<Integer> positiveInt(String setting) {
        return raw(setting).map(v -> parsePositiveInt(setting, v));
    }

    public long longValue(String setting, long defaultValue) {
        var value = raw(setting);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            throw new SettingException(setting, quote(value.get()) + " is not a whole number");
        }
    }

    public double positiveDouble(String setting, double defaultValue) {
        var value = raw(setting);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value.get());
            if (parsed > 0 && Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException(setting, quote(value.get()) + " is not a positive number; use e.g. 1.5");
    }

    public Duration positiveDuration(String setting, Duration defaultValue) {
        return positiveDuration(setting).orElse(defaultValue);
    }

    public Optional<Duration> positiveDuration(String setting) {
        return raw(setting).map(v -> parseDuration(setting, v, false));
    }

    /** A duration that may be zero (think time, for one). */
    public Optional<Duration> duration(String setting) {
        return raw(setting).map(v -> parseDuration(setting, v, true));
    }

    /** An absolute http or https URL, with a host. */
    public Optional<URI> httpUrl(String setting) {
        return raw(setting).map(v -> parseHttpUrlOrThrow(setting, v));
    }

    /** A comma-separated list, entries trimmed, blanks dropped. */
    public List<String> list(String setting) {
        return raw(setting)
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    static int parsePositiveInt(String setting, String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException(setting, quote(value) + " is not a positive whole number; use e.g. 10");
    }

    /** Parses {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, combinations such as {@code 1m30s}, or a plain number of seconds. */
    public static Duration parseDuration(String setting, String value, boolean zeroAllowed) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        String accepted = "use e.g. 500ms, 30s, 5m, 1m30s or a number of seconds";
        Duration parsed = null;
        try {
            if (text.matches("\\d+")) {
                parsed = Duration.ofSeconds(Long.parseLong(text));
            } else if (!text.isEmpty()) {
                Matcher m = DURATION_PART.matcher(text);
                int end = 0;
                Duration sum = Duration.ZERO;
                while (m.find() && m.start() == end) {
                    long n = Long.parseLong(m.group(1));
                    sum = sum.plus(
                            switch (m.group(2)) {
                                case "ms" -> Duration.ofMillis(n);
                                case "s" -> Duration.ofSeconds(n);
                                case "m" -> Duration.ofMinutes(n);
                                default -> Duration.ofHours(n);
                            });
                    end = m.end();
                }
                if (end == text.length()) {
                    parsed = sum;
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SettingException(
                    setting, quote(value) + " is longer than " + MAX_DURATION_TEXT + ", the most a duration may be");
        }
        if (parsed == null) {
            throw new SettingException(setting, quote(value) + " is not a duration; " + accepted);
        }
        if (parsed.isNegative() || (!zeroAllowed && parsed.isZero())) {
            throw new SettingException(setting, quote(value) + " must be greater than zero; " + accepted);
        }
        if (parsed.compareTo(MAX_DURATION) > 0) {
            throw new SettingException(
                    setting, quote(value) + " is longer than " + MAX_DURATION_TEXT + ", the most a duration may be");
        }
        return parsed;
    }

    public static URI parseHttpUrlOrThrow(String setting, String value) {
        String accepted = "expected an absolute http(s) URL such as https://staging.example.com";
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new SettingException(setting, quote(mask(value)) + " is not a URL; " + accepted);
    }

    /** Hides credentials written into a URL ({@code https://user:secret@host}). */
    public static String mask(String url) {
        return url.replaceAll("(?<=://)[^/@\\s]+@", "***@");
    }

    static String quote(String value) {
        return "'" + value + "'";
    }
}
