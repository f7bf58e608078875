package com.salesmachine.loadtest.settings;

/** A setting with a value that cannot be used; the message is one line naming the setting, the value and what is accepted. */
public final class SettingException extends RuntimeException {
    private final String setting;

    public SettingException(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
