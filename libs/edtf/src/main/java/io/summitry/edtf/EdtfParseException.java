package io.summitry.edtf;

/**
 * Thrown when a string is not an EDTF date this library accepts. Carries the input and where in it the problem
 * lies, so that an API can point its client at the offending character.
 */
public class EdtfParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final int position;
    private final String reason;

    /**
     * @param input    the offending input, {@code "null"} when there was none
     * @param position 0-based index of the first offending character, or of the start of the offending component
     * @param reason   what is wrong, in English, without the input or position
     */
    public EdtfParseException(String input, int position, String reason) {
        super("Invalid EDTF date '" + input + "' at position " + position + ": " + reason);
        this.input = input;
        this.position = position;
        this.reason = reason;
    }

    /** The offending input string ({@code "null"} for a null input). */
    public String input() {
        return input;
    }

    /** The 0-based index of the first offending character, or of the start of the offending component. */
    public int position() {
        return position;
    }

    /** What is wrong, without the input and position that {@link #getMessage()} adds. */
    public String reason() {
        return reason;
    }
}
