package com.salesmachine.loadtest.standin.storage;

/**
 * One stored item's place on an owner's shelf: its insertion number, which orders every listing,
 * and its current version ({@code null} once removed). Guarded by the shelf's lock.
 */
final class Slot<T> {
    final long sequence;
    T item;

    Slot(long sequence, T item) {
        this.sequence = sequence;
        this.item = item;
    }
}
