package com.salesmachine.loadtest.outbound;

/** A URL the suite was about to call is production; the message is one line naming the setting. */
public final class ProductionRefusedException extends OutboundException {
    public ProductionRefusedException(String message) {
        super(message);
    }
}
