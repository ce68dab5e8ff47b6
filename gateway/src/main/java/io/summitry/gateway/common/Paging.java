package io.summitry.gateway.common;

import io.summitry.gateway.error.GatewayException;

/**
 * The page arguments of a connection field, checked: {@code first}/{@code last} between 0 and 100. When {@code last}
 * or {@code before} is given the page is read backwards and {@code first} is not sent.
 */
public record Paging(Integer first, String after, Integer last, String before) {

    public static final int MAX = 100;

    public static Paging of(Integer first, String after, Integer last, String before) {
        check("first", first);
        check("last", last);
        if (last != null || before != null) {
            return new Paging(null, null, last == null ? 20 : last, before);
        }
        return new Paging(first == null ? 20 : first, after, null, null);
    }

    public static Paging forward(Integer first, String after) {
        return of(first, after, null, null);
    }

    private static void check(String argument, Integer value) {
        if (value != null && (value < 0 || value > MAX)) {
            throw GatewayException.badInput("Argument '" + argument + "' must be between 0 and " + MAX + ", was "
                    + value);
        }
    }
}
