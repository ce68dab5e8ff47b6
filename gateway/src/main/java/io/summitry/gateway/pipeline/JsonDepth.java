package io.summitry.gateway.pipeline;

/**
 * How deeply a JSON text nests, found in one pass over its characters, before anything parses it: every JSON reader on
 * the request path (Parsson here, smallrye-graphql and graphql-java after it) builds or walks values recursively, so
 * a request nested thousands of levels deep ({@code [[[[…}) is refused by its depth before it reaches them. Text that
 * is not JSON is left to the parser to name.
 */
final class JsonDepth {

    private JsonDepth() {
    }

    /**
     * Where the text first nests deeper than {@code max} levels, counting from {@code start} (the levels that enclose
     * it): the name of the outermost object's member it happens in, "" when it is not inside a member, or null when the
     * text is within the limit.
     */
    static String deeperThan(String json, int max, int start) {
        int depth = start;
        boolean inString = false;
        int stringStart = -1;
        String lastTopString = null;
        String member = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++; // the escaped character cannot end the string
                } else if (c == '"') {
                    inString = false;
                    if (depth == start + 1) {
                        lastTopString = json.substring(stringStart, i);
                    }
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    stringStart = i + 1;
                }
                case ':' -> {
                    if (depth == start + 1) {
                        member = lastTopString;
                    }
                }
                case '{', '[' -> {
                    if (++depth > max) {
                        return member == null ? "" : member;
                    }
                }
                case '}', ']' -> {
                    depth--;
                    if (depth == start) {
                        member = null;
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }
}
