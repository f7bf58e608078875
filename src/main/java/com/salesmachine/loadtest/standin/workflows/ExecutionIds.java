package com.salesmachine.loadtest.standin.workflows;

import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * The ids the stand-in's N8N gives its executions: whole numbers counted across the instance. The
 * contract flavor counts 1, 2, 3...; the n8n flavor leaves gaps as a real N8N's do (other workflows,
 * deleted and manual executions share its counter): each id is the previous plus 1 and a random 0 to
 * 2. Not thread-safe; the engine calls it under its lock.
 */
final class ExecutionIds {
    static final int MAX_GAP = 2;

    private final N8nFlavor flavor;
    private final RandomGenerator random;
    private long last;

    ExecutionIds(N8nFlavor flavor, RandomGenerator random) {
        this.flavor = flavor;
        this.random = random;
    }

    long next() {
        long gap = 0;
        if (flavor == N8nFlavor.N8N) {
            synchronized (random) {
                gap = random.nextInt(MAX_GAP + 1);
            }
        }
        last += 1 + gap;
        return last;
    }

    /** The id written as a string; empty for one that is not a whole number in canonical form. */
    static OptionalLong parse(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 && Long.toString(value).equals(id) ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
