package io.summitry.gateway.observability;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.graphql.api.Context;

/**
 * Turns client-chosen operation names into a bounded set of metric labels: the first {@code limit} distinct names
 * as they are, "anonymous" for an operation without a name and "other" for every name after the limit.
 */
public final class OperationNames {

    static final String ANONYMOUS = "anonymous";
    static final String OTHER = "other";

    private static final int MAX_LENGTH = 100;
    private static final Pattern COMMENT = Pattern.compile("#[^\\n\\r]*");
    private static final Pattern NAMED_OPERATION = Pattern
            .compile("(?:^|[\\s,{}])(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

    private final int limit;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public OperationNames(int limit) {
        this.limit = limit;
    }

    /**
     * The operation's name: the request's {@code operationName}, else the name of the first operation of the document
     * (clients often send a single named operation without {@code operationName}).
     */
    public static Optional<String> requested(Context context) {
        Optional<String> given = context.getOperationName().filter(name -> !name.isBlank());
        if (given.isPresent() || context.getQuery() == null) {
            return given.map(OperationNames::capped);
        }
        Matcher named = NAMED_OPERATION.matcher(COMMENT.matcher(context.getQuery()).replaceAll(""));
        return named.find() ? Optional.of(capped(named.group(1))) : Optional.empty();
    }

    private static String capped(String name) {
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    public String label(Optional<String> operationName) {
        String name = operationName.filter(n -> !n.isBlank()).orElse(null);
        if (name == null) {
            return ANONYMOUS;
        }
        if (known.contains(name)) {
            return name;
        }
        // Two requests may both pass the size check; the bound is then exceeded by at most the number of threads.
        if (known.size() < limit) {
            known.add(name);
            return name;
        }
        return OTHER;
    }
}
