package io.summitry.service.input;

/** How a request value is quoted back in an error message: cut short, so that a huge input stays out of logs. */
public final class Inputs {

    private static final int SHOWN = 60;

    private Inputs() {
    }

    /** The value, or its first 60 characters and an ellipsis. */
    public static String shorten(String value) {
        return value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }
}
