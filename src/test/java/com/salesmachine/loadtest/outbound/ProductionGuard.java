package com.salesmachine.loadtest.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one production guard every URL the suite calls passes before its first request. A URL is
 * production when its host, in canonical form ({@link HostNames}), is a listed host or under a listed
 * {@code *.domain}, or when any address it resolves to is an address a listed host resolves to (all
 * loopback spellings count as one). {@code ALLOW_PRODUCTION=true} lets such a URL through. The embedded
 * stand-in's own origin is trusted: the suite started it.
 */
public final class ProductionGuard {
    /** How long one name may take to resolve; a name that does not resolve is compared by name only. */
    static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(3);

    private final ProductionHosts hosts;
    private final boolean allowProduction;
    private final Resolver resolver;
    private final Set<String> trustedOrigins = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> resolved = new ConcurrentHashMap<>();

    /** Looks a host name up; an unknown name answers an empty list. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host);

        /** The JDK's resolver, bounded by {@link #RESOLVE_TIMEOUT}. */
        static Resolver system() {
            return host -> {
                var lookup = CompletableFuture.supplyAsync(() -> {
                    try {
                        return List.of(InetAddress.getAllByName(host));
                    } catch (Exception e) {
                        return List.<InetAddress>of();
                    }
                });
                try {
                    return lookup.get(RESOLVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.of();
                } catch (Exception e) {
                    return List.of();
                }
            };
        }
    }

    public ProductionGuard(ProductionHosts hosts, boolean allowProduction) {
        this(hosts, allowProduction, Resolver.system());
    }

    public ProductionGuard(ProductionHosts hosts, boolean allowProduction, Resolver resolver) {
        this.hosts = hosts;
        this.allowProduction = allowProduction;
        this.resolver = resolver;
    }

    /** A guard that lists no host (tests, tools that have no settings). */
    public static ProductionGuard off() {
        return new ProductionGuard(ProductionHosts.none(), false, host -> List.of());
    }

    /** Trusts the origin (scheme, host, port) of {@code url}: the embedded stand-in the suite started. */
    public void trust(URI url) {
        trustedOrigins.add(origin(url));
    }

    public boolean allowsProduction() {
        return allowProduction;
    }

    public ProductionHosts hosts() {
        return hosts;
    }

    /**
     * Refuses {@code url} (named as {@code setting} in the message) when it is production and that is
     * not allowed; sends nothing.
     */
    public void check(String setting, URI url) {
        Optional<String> listed = listedHostOf(url);
        if (listed.isPresent() && !allowProduction) {
            String host = HostNames.canonical(url.getHost()).orElse(url.getHost());
            String how = listed.get().equals(HostNames.LOOPBACK)
                    ? "is this machine (loopback), which is listed"
                    : listed.get().equals(host) ? "is listed" : "matches " + listed.get() + ", listed";
            throw new ProductionRefusedException(setting + ": host " + url.getHost() + " " + how
                    + " in PRODUCTION_HOSTS; refusing to load production (set ALLOW_PRODUCTION=true to override)");
        }
    }

    /** The listed host that {@code url} is, by name, domain or address; empty when it is none. */
    public Optional<String> listedHostOf(URI url) {
        if (url.getHost() == null || hosts.isEmpty() || trustedOrigins.contains(origin(url))) {
            return Optional.empty();
        }
        Optional<String> canonical = HostNames.canonical(url.getHost());
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        String host = canonical.get();
        for (String listed : hosts.hosts()) {
            if (listed.equals(host) || (listed.startsWith("*.") && host.endsWith(listed.substring(1)))) {
                return Optional.of(listed);
            }
        }
        Set<String> addresses = addressesOf(host);
        for (String listed : hosts.hosts()) {
            if (!listed.startsWith("*.")) {
                Set<String> common = new HashSet<>(addressesOf(listed));
                common.retainAll(addresses);
                if (!common.isEmpty()) {
                    return Optional.of(listed);
                }
            }
        }
        return Optional.empty();
    }

    private Set<String> addressesOf(String canonicalHost) {
        return resolved.computeIfAbsent(canonicalHost, h -> {
            if (HostNames.isAddress(h)) {
                return Set.of(h);
            }
            var addresses = new HashSet<String>();
            addresses.add(h);
            resolver.resolve(h).forEach(a -> addresses.add(HostNames.canonical(a)));
            return addresses;
        });
    }

    private static String origin(URI url) {
        String host =
                url.getHost() == null ? "" : HostNames.canonical(url.getHost()).orElse(url.getHost());
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return host + ":" + port;
    }
}
