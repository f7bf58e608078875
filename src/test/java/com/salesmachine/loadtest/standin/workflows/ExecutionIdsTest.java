package com.salesmachine.loadtest.standin.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExecutionIdsTest {
    @Test
    void theContractFlavor_countsOneTwoThree() {
        var ids = new ExecutionIds(N8nFlavor.CONTRACT, new Random(1));

        assertEquals(List.of(1L, 2L, 3L), List.of(ids.next(), ids.next(), ids.next()));
    }

    @Test
    void theN8nFlavor_addsOneAndARandomZeroToTwo_theSameForTheSameSeed() {
        List<Long> first = draw(new ExecutionIds(N8nFlavor.N8N, new Random(9)));
        List<Long> again = draw(new ExecutionIds(N8nFlavor.N8N, new Random(9)));

        assertEquals(first, again);
        long previous = 0;
        for (long id : first) {
            assertTrue(id - previous >= 1 && id - previous <= 1 + ExecutionIds.MAX_GAP, id + " after " + previous);
            previous = id;
        }
        assertTrue(first.get(first.size() - 1) > first.size(), "some gap in " + first);
    }

    @Test
    void parse_acceptsOnlyPositiveWholeNumbersWrittenPlainly() {
        assertEquals(OptionalLong.of(42), ExecutionIds.parse("42"));
        for (String bad : List.of("0", "-1", "042", "+4", "4.0", "abc", "", "99999999999999999999")) {
            assertEquals(OptionalLong.empty(), ExecutionIds.parse(bad), bad);
        }
    }

    private static List<Long> draw(ExecutionIds ids) {
        var drawn = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            drawn.add(ids.next());
        }
        return drawn;
    }
}
