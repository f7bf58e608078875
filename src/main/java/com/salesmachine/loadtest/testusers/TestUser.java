package com.salesmachine.loadtest.testusers;

/** One load-test account: the email it logs in with and its password. */
public record TestUser(String email, String password) {
    @Override
    public String toString() {
        return "TestUser[email=" + email + ", password=***]";
    }
}
