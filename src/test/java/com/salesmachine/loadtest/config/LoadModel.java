package com.salesmachine.loadtest.config;

/**
 * How a simulation offers its load, so a reader knows what its throughput means: in a closed model
 * a slower API slows the offered load itself (the request rate is what the API allowed), in an open
 * one it does not (arrivals keep their schedule, and what could not start is counted).
 */
public enum LoadModel {
    CLOSED(
            "closed",
            "Closed model: `users` is the number of concurrent virtual users; a user runs its session and is"
                    + " replaced while the steady state lasts. A slower API slows the offered load with it, so the"
                    + " request rate is what the API allowed, not a target."),
    CLOSED_PACED(
            "closed-paced",
            "Closed model with pacing: `users` concurrent virtual users each start one operation per pacing"
                    + " slot, so the offered rate is users / slot while an operation fits in its slot; an API slower"
                    + " than that lowers it (see intended vs achieved)."),
    OPEN_PACED(
            "open-paced",
            "Open, paced model: `users` virtual users arrive over the ramp-up, once each, and run their"
                    + " operations on a fixed schedule (due from when each is ready), so a slower API does not"
                    + " slow the arrivals; an operation that cannot start in time is counted as not started.");

    private final String id;
    private final String description;

    LoadModel(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name in summary.json: {@code closed}, {@code closed-paced}, {@code open-paced}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
