package com.salesmachine.loadtest.testing;

import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import java.util.Optional;

/** Outbound clients for tests: no production host listed, no API key unless given. */
public final class TestOutbound {
    private TestOutbound() {}

    public static Outbound plain() {
        return new Outbound(ProductionGuard.off(), Optional.empty());
    }

    public static Outbound withApiKey(String key) {
        return new Outbound(ProductionGuard.off(), Optional.of(key));
    }
}
