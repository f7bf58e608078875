package com.salesmachine.loadtest.data;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/** The id that tags everything one run creates ({@code lt-20261122-163000-7f3a}), so its data can be found and deleted. */
public final class RunId {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a run id looks like. */
    public static final String EXAMPLE = "lt-20261203-101500-7f3a";

    private RunId() {}

    public static String create(Clock clock, RandomGenerator random) {
        return "lt-" + STAMP.format(clock.instant()) + "-" + String.format("%04x", random.nextInt(0x10000));
    }

    /** The tag put on created data: {@code run:<run id>}. */
    public static String tag(String runId) {
        return "run:" + runId;
    }

    public static final String SUITE_TAG = "loadtest";

    public static boolean isValid(String value) {
        return value != null && value.matches("lt-\\d{8}-\\d{6}-[0-9a-f]{4}");
    }
}
