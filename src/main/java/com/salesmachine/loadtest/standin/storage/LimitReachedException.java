package com.salesmachine.loadtest.standin.storage;

/** The failure when an owner already holds as many items of a kind as one owner may. */
public final class LimitReachedException extends RuntimeException {
    public LimitReachedException(String kind, int limit) {
        super("This account already holds " + limit + " " + kind
                + ", the most one account may hold; delete some first");
    }
}
