package com.salesmachine.loadtest.outbound;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {
    /** A resolver with fixed answers, so no test asks DNS. */
    private static final ProductionGuard.Resolver FIXED = host -> {
        try {
            return switch (host) {
                case "api.sales-machine.com" -> List.of(InetAddress.getByName("203.0.113.10"));
                case "sales-machine-prod-lb.example.net" -> List.of(InetAddress.getByName("203.0.113.10"));
                case "staging.sales-machine.com" -> List.of(InetAddress.getByName("198.51.100.7"));
                default -> List.of();
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };

    private static ProductionGuard guard(String hosts) {
        return new ProductionGuard(ProductionHosts.parse(Optional.of(hosts)), false, FIXED);
    }

    private static void assertRefused(String hosts, String url) {
        var e = assertThrows(
                ProductionRefusedException.class, () -> guard(hosts).check("API_BASE_URL", URI.create(url)), url);
        assertTrue(e.getMessage().startsWith("API_BASE_URL: host "), e.getMessage());
        assertTrue(e.getMessage().contains("PRODUCTION_HOSTS; refusing to load production"), e.getMessage());
    }

    @Test
    void aListedHost_isRefused_inAnySpelling() {
        assertRefused("api.sales-machine.com", "https://api.sales-machine.com/health");
        assertRefused("API.Sales-Machine.com", "https://api.sales-machine.com");
        assertRefused("api.sales-machine.com", "https://API.SALES-MACHINE.COM.");
        assertRefused("api.sales-machine.com.", "https://api.sales-machine.com:8443");
    }

    @Test
    void loopback_isOneHost_whateverItIsCalled() {
        for (String listed : List.of("localhost", "127.0.0.1", "::1", "[::1]", "127.1", "LOCALHOST.", "0.0.0.0")) {
            for (String url : List.of(
                    "http://localhost:8080",
                    "http://127.0.0.1:8080",
                    "http://[::1]:8080",
                    "http://127.0.0.2",
                    "http://[0:0:0:0:0:0:0:1]",
                    "http://[::ffff:127.0.0.1]",
                    "http://2130706433")) {
                assertRefused(listed, url);
            }
        }
    }

    @Test
    void otherSpellingsOfOneAddress_match() {
        assertRefused("10.0.0.5", "http://[::ffff:10.0.0.5]");
        assertRefused("2001:db8::1", "http://[2001:0db8:0000:0000:0000:0000:0000:0001]");
        assertRefused("[2001:DB8::1]", "http://[2001:db8::1]:8080");
    }

    @Test
    void aHostResolvingToAListedHostsAddress_isProduction() {
        assertRefused("api.sales-machine.com", "https://sales-machine-prod-lb.example.net");
        assertRefused("203.0.113.10", "https://api.sales-machine.com");
        assertDoesNotThrow(() ->
                guard("api.sales-machine.com").check("API_BASE_URL", URI.create("https://staging.sales-machine.com")));
    }

    @Test
    void aDomainWildcard_coversEveryHostUnderIt_butNotTheLookalikes() {
        assertRefused("*.prod.example.com", "https://n8n.prod.example.com/webhook/x");
        assertRefused("*.prod.example.com", "https://a.b.prod.example.com");
        var guard = guard("*.prod.example.com");
        assertDoesNotThrow(() -> guard.check("API_BASE_URL", URI.create("https://notprod.example.com")));
        assertDoesNotThrow(() -> guard.check("API_BASE_URL", URI.create("https://prod.example.com.evil.net")));
    }

    @Test
    void allowProduction_letsAListedHostThrough() {
        var allowing = new ProductionGuard(ProductionHosts.parse(Optional.of("localhost")), true, FIXED);
        assertDoesNotThrow(() -> allowing.check("API_BASE_URL", URI.create("http://127.0.0.1")));
        assertTrue(allowing.listedHostOf(URI.create("http://127.0.0.1")).isPresent());
    }

    @Test
    void theEmbeddedStandInsOrigin_isTrusted_butNotOtherPortsOfItsHost() {
        var guard = guard("127.0.0.1");
        guard.trust(URI.create("http://127.0.0.1:41000"));
        assertDoesNotThrow(() -> guard.check("API_BASE_URL", URI.create("http://127.0.0.1:41000/health")));
        assertThrows(
                ProductionRefusedException.class,
                () -> guard.check("N8N_WEBHOOK_URL", URI.create("http://127.0.0.1:5678/webhook/x")));
    }

    @Test
    void theMessage_namesTheSettingAndTheListedEntryItMatched() {
        var e = assertThrows(
                ProductionRefusedException.class,
                () -> guard("localhost").check("N8N_WEBHOOK_URL", URI.create("http://[::1]:5678/webhook/x")));
        assertEquals(
                "N8N_WEBHOOK_URL: host [::1] is this machine (loopback), which is listed in PRODUCTION_HOSTS; refusing to load production"
                        + " (set ALLOW_PRODUCTION=true to override)",
                e.getMessage());
        var byAddress = assertThrows(
                ProductionRefusedException.class,
                () -> guard("api.sales-machine.com")
                        .check("API_BASE_URL", URI.create("https://sales-machine-prod-lb.example.net")));
        assertTrue(byAddress.getMessage().contains("matches api.sales-machine.com, listed in PRODUCTION_HOSTS"));
    }

    @Test
    void productionHosts_reduceUrlsAndHostPortsToHosts_andAcceptCommasSemicolonsAndSpaces() {
        var hosts = ProductionHosts.parse(Optional.of(
                "https://api.example.com/v1, api2.example.com:8443;[::1]:80  10.0.0.5 *.prod.example.com,,"));
        assertEquals(
                List.of("api.example.com", "api2.example.com", "loopback", "10.0.0.5", "*.prod.example.com"),
                hosts.hosts());
        assertEquals(List.of(), ProductionHosts.parse(Optional.empty()).hosts());
    }

    @Test
    void productionHosts_refuseWhatIsNoHost_inOneLineNamingTheEntry() {
        Map<String, String> bad = Map.of(
                "https://", "is a URL without a host",
                "api..example.com", "is not a host name or address",
                "999.1.1.1", "is not a host name or address",
                "api_example!com", "is not a host name or address",
                "*.10.0.0.1", "is not a host name or address",
                "https://user:hunter2@/x", "is a URL without a host");
        bad.forEach((entry, why) -> {
            var e = assertThrows(SettingException.class, () -> ProductionHosts.parse(Optional.of(entry)), entry);
            assertTrue(e.getMessage().startsWith("PRODUCTION_HOSTS: '"), e.getMessage());
            assertTrue(e.getMessage().contains(why), e.getMessage());
            assertTrue(!e.getMessage().contains("hunter2"), e.getMessage());
        });
    }
}
