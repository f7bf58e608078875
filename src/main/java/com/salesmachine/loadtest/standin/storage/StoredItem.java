package com.salesmachine.loadtest.standin.storage;

import java.util.List;

/** What {@link OwnedItems} needs to know of an item: its id, status and tags. */
public interface StoredItem<S extends Enum<S>> {
    String id();

    S status();

    List<String> tags();
}
