package com.salesmachine.loadtest.standin.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Entity tags (RFC 9110, section 8.8.3): the strong tag of a body, and whether an {@code If-None-Match}
 * field matches it. Matching uses the weak comparison the RFC prescribes for {@code If-None-Match}:
 * {@code W/"x"} matches {@code "x"}.
 */
public final class EntityTags {
    private static final int HASH_BYTES = 16;

    private EntityTags() {}

    /** A strong tag of {@code body}: the first 16 bytes of its SHA-256, in base64url, quoted. */
    public static String of(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            byte[] prefix = new byte[HASH_BYTES];
            System.arraycopy(hash, 0, prefix, 0, HASH_BYTES);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(prefix) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Whether {@code ifNoneMatch} (the field's value, several lines joined with commas; null when
     * absent) names {@code current}: {@code *}, or a list with a tag that matches weakly. A malformed
     * list matches only through the tags read before the fault.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String current) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String wanted = opaque(current);
        return parseList(ifNoneMatch).stream().anyMatch(tag -> opaque(tag).equals(wanted));
    }

    /** The entity tags of a comma-separated list, as written ({@code W/} kept); stops at the first malformed entry. */
    static List<String> parseList(String field) {
        var tags = new ArrayList<String>();
        int i = 0;
        int n = field.length();
        while (i < n) {
            char c = field.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (field.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= n || field.charAt(i) != '"') {
                break;
            }
            int close = field.indexOf('"', i + 1);
            if (close < 0 || !etagChars(field, i + 1, close)) {
                break;
            }
            tags.add(field.substring(start, close + 1));
            i = close + 1;
        }
        return tags;
    }

    /** The quoted opaque part of a tag, {@code W/} dropped. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** etagc = %x21 / %x23-7E / obs-text: visible characters but the double quote, and bytes above 0x7F. */
    private static boolean etagChars(String text, int from, int to) {
        byte[] bytes = text.substring(from, to).getBytes(StandardCharsets.ISO_8859_1);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x21 || c == 0x22 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
