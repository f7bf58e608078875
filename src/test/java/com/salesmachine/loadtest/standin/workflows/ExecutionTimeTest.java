package com.salesmachine.loadtest.standin.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExecutionTimeTest {
    @Test
    void theDefault_hasAMedianOfAboutOneAndAHalfSeconds_andATailCutAtSixSeconds() {
        var random = new Random(11);
        long[] ms = new long[20_000];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = ExecutionTime.DEFAULT.sample(random).toMillis();
        }
        Arrays.sort(ms);

        assertEquals(1500, ms[ms.length / 2], 60);
        assertEquals(4500, ms[(int) (ms.length * 0.99)], 300);
        assertTrue(ms[ms.length - 1] <= 6000);
        assertTrue(ms[ms.length - 1] > 5000, "the tail reaches toward 6 s: " + ms[ms.length - 1]);
    }

    @Test
    void parse_fillsP99AndMaxFromTheMedian_inTheDefaultsProportions() {
        assertEquals(new ExecutionTime(8000, 24000, 32000), ExecutionTime.parse("standin.workflowTime", "8000"));
        assertEquals(new ExecutionTime(800, 1200, 1600), ExecutionTime.parse("standin.workflowTime", "800/1200"));
        assertEquals(ExecutionTime.DEFAULT, ExecutionTime.parse("standin.workflowTime", "1500/4500/6000"));
    }

    @Test
    void parse_refusesBadText_withOneLineNamingTheSetting() {
        for (String bad : new String[] {"fast", "0", "2000/1000", "1/2/3/4", "100/200/150"}) {
            var e = assertThrows(SettingException.class, () -> ExecutionTime.parse("standin.workflowTime", bad));
            assertTrue(e.getMessage().startsWith("standin.workflowTime: '" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("median[/p99[/max]]"), e.getMessage());
        }
    }
}
