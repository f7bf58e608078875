package com.salesmachine.loadtest.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Canonical spellings of hosts: lower case, no trailing dot, no brackets, addresses in one form. */
public final class HostNames {
    /** What every loopback spelling ({@code localhost}, 127.0.0.0/8, {@code ::1}, {@code 0.0.0.0}) becomes. */
    public static final String LOOPBACK = "loopback";

    private static final Pattern IPV4_ISH = Pattern.compile("[0-9.]+");

    private HostNames() {}

    /** The canonical form of {@code host}, or empty when it is not a host at all. */
    public static Optional<String> canonical(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Optional<InetAddress> literal = literal(h);
        if (literal.isPresent()) {
            return Optional.of(canonical(literal.get()));
        }
        if (h.contains(":") || IPV4_ISH.matcher(h).matches()) {
            // Looks like an address but is not one.
            return Optional.empty();
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return Optional.of(LOOPBACK);
        }
        return Optional.of(h);
    }

    /** An address in the canonical form; every loopback or any-local address is {@link #LOOPBACK}. */
    public static String canonical(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return LOOPBACK;
        }
        return address.getHostAddress();
    }

    public static boolean isAddress(String canonical) {
        return canonical.equals(LOOPBACK) || literal(canonical).isPresent();
    }

    /** An IP literal (IPv4 in any form the JDK accepts, IPv6, IPv4-mapped IPv6), parsed without a lookup. */
    static Optional<InetAddress> literal(String host) {
        boolean v6 = host.contains(":") && host.matches("[0-9a-f:.%a-z]+");
        boolean v4 = IPV4_ISH.matcher(host).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // For these characters the JDK parses a literal and never asks a resolver.
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
