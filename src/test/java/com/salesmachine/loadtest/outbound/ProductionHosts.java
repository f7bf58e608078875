package com.salesmachine.loadtest.outbound;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hosts the suite refuses to load ({@code PRODUCTION_HOSTS}), parsed and validated: entries are
 * separated by commas, semicolons or white space; each is a host name, an IPv4 or IPv6 address
 * (brackets optional), {@code *.example.com} for every host under a domain, or a URL or
 * {@code host:port}, of which only the host counts. Anything else is refused with one line, so a
 * guard can never be silently off.
 */
public record ProductionHosts(List<String> hosts) {
    public static final String SETTING = "PRODUCTION_HOSTS";

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern HOST_PORT = Pattern.compile("([^:\\[\\]]+|\\[[^\\]]+\\]):(\\d{1,5})");

    public ProductionHosts {
        hosts = List.copyOf(hosts);
    }

    public static ProductionHosts none() {
        return new ProductionHosts(List.of());
    }

    /** Parses the setting's text; empty or absent is no host. */
    public static ProductionHosts parse(Optional<String> text) {
        var hosts = new LinkedHashSet<String>();
        for (String entry : SEPARATORS.split(text.orElse("").trim())) {
            if (!entry.isEmpty()) {
                hosts.add(host(entry));
            }
        }
        return new ProductionHosts(new ArrayList<>(hosts));
    }

    public boolean isEmpty() {
        return hosts.isEmpty();
    }

    /** For the start banner. */
    public String describe() {
        return hosts.isEmpty() ? "(none)" : String.join(", ", hosts);
    }

    private static String host(String entry) {
        String candidate = entry;
        if (entry.contains("://")) {
            try {
                URI uri = new URI(entry);
                candidate = uri.getHost();
            } catch (URISyntaxException e) {
                candidate = null;
            }
            if (candidate == null) {
                throw refused(entry, "is a URL without a host");
            }
        } else {
            var hostPort = HOST_PORT.matcher(entry);
            if (hostPort.matches()) {
                candidate = hostPort.group(1);
            }
        }
        String wildcard = "";
        if (candidate.startsWith("*.")) {
            wildcard = "*.";
            candidate = candidate.substring(2);
        }
        Optional<String> canonical = HostNames.canonical(candidate);
        if (canonical.isEmpty() || (!wildcard.isEmpty() && HostNames.isAddress(canonical.get()))) {
            throw refused(entry, "is not a host name or address");
        }
        if (!HostNames.isAddress(canonical.get()) && !validName(canonical.get())) {
            throw refused(entry, "is not a host name or address");
        }
        return wildcard + canonical.get();
    }

    private static boolean validName(String name) {
        if (name.length() > 253) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static SettingException refused(String entry, String why) {
        return new SettingException(
                SETTING,
                "'" + SettingSource.mask(entry) + "' " + why
                        + "; list host names or addresses separated by commas, e.g. api.example.com,10.0.0.5,*.prod.example.com");
    }
}
