package com.salesmachine.loadtest.standin.auth;

/** A user of the stand-in: a stable id and the email it logs in with. */
public record Account(String id, String email) {}
