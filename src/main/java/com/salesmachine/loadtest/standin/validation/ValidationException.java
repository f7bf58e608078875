package com.salesmachine.loadtest.standin.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The failure for input that breaks the contract's rules, with what is wrong per field. */
public final class ValidationException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public ValidationException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** One field's error; the message names the field. */
    public static ValidationException of(String field, String problem) {
        return new ValidationException(field + " " + problem, Map.of(field, problem));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
