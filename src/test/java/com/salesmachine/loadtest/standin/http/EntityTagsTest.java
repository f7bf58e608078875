package com.salesmachine.loadtest.standin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {
    private static final String TAG = EntityTags.of(bytes("{\"id\":\"1\"}"));

    @Test
    void of_isAStrongQuotedTag_thatDependsOnlyOnTheBody() {
        assertTrue(TAG.matches("\"[A-Za-z0-9_-]{22}\""), TAG);
        assertEquals(TAG, EntityTags.of(bytes("{\"id\":\"1\"}")));
        assertNotEquals(TAG, EntityTags.of(bytes("{\"id\":\"2\"}")));
    }

    @Test
    void noneMatchHits_theSameTag_itsWeakForm_andAStar() {
        assertTrue(EntityTags.noneMatchHits(TAG, TAG));
        assertTrue(EntityTags.noneMatchHits("W/" + TAG, TAG));
        assertTrue(EntityTags.noneMatchHits(" * ", TAG));
    }

    @Test
    void noneMatchHits_anyTagOfAList() {
        assertTrue(EntityTags.noneMatchHits("\"other\", W/" + TAG + ",\"third\"", TAG));
        assertTrue(EntityTags.noneMatchHits("\"a,b\"," + TAG, TAG));
    }

    @Test
    void noneMatchMisses_whenAbsent_otherTags_anUnquotedTag_orALowerCaseWeakPrefix() {
        assertFalse(EntityTags.noneMatchHits(null, TAG));
        assertFalse(EntityTags.noneMatchHits("\"other\", W/\"another\"", TAG));
        assertFalse(EntityTags.noneMatchHits(TAG.replace("\"", ""), TAG));
        assertFalse(EntityTags.noneMatchHits("w/" + TAG, TAG));
        assertFalse(EntityTags.noneMatchHits("\"a\", *", TAG));
    }

    @Test
    void parseList_readsTagsAsWritten_andStopsAtTheFirstMalformedOne() {
        assertEquals(List.of("\"a\"", "W/\"b\"", "\"\""), EntityTags.parseList(" \"a\" ,W/\"b\",, \"\""));
        assertEquals(List.of("\"a\""), EntityTags.parseList("\"a\", b, \"c\""));
        assertEquals(List.of(), EntityTags.parseList("\"unclosed"));
        assertEquals(List.of(), EntityTags.parseList("\"with space\""));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
