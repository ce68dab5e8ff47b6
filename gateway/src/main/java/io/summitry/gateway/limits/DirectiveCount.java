package io.summitry.gateway.limits;

import graphql.parser.ParsingListener;

/**
 * Counts a document's directives as graphql-java parses it (each one begins with an {@code @} token) and stops the
 * parse at the first one over the limit; one instance per parse.
 */
public final class DirectiveCount implements ParsingListener {

    /** The parse was stopped: the document has more directives than the limit. */
    public static final class Exceeded extends RuntimeException {

        Exceeded() {
            super(null, null, false, false);
        }
    }

    private final int limit;
    private int count;

    public DirectiveCount(int limit) {
        this.limit = limit;
    }

    @Override
    public void onToken(Token token) {
        if ("@".equals(token.getText()) && ++count > limit) {
            throw new Exceeded();
        }
    }
}
