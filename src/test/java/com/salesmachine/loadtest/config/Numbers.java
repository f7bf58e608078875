package com.salesmachine.loadtest.config;

import java.util.Locale;

/** How the suite writes a number for people, the same in every line it prints or writes. */
public final class Numbers {
    private Numbers() {}

    /** Two decimals, trailing zeros dropped ({@code 0.07}, {@code 44.5}, {@code 500}). */
    public static String decimals(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }
}
