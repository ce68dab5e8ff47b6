package io.summitry.gateway.history;

import java.util.List;
import java.util.Set;

import io.summitry.gateway.error.GatewayException;

/** Which service keeps the history of which record type, so a filter by type asks only the service concerned. */
final class RecordTypes {

    static final Set<String> MEETINGS = Set.of("Meeting", "Participant", "Mention", "Statement", "DateReport",
            "Series", "Source");
    static final Set<String> PEOPLE = Set.of("Person", "OtherName", "Position", "Organization");

    private RecordTypes() {
    }

    /** The filter's types kept by one service: null (all of them) when the filter names none. */
    static List<String> of(Set<String> service, List<String> typenames) {
        if (typenames == null || typenames.isEmpty()) {
            return null;
        }
        for (String typename : typenames) {
            if (!MEETINGS.contains(typename) && !PEOPLE.contains(typename)) {
                throw GatewayException.badInput("Argument 'filter.typenames' names '" + typename
                        + "', which has no history; one of " + new java.util.TreeSet<>(union()));
            }
        }
        return typenames.stream().filter(service::contains).distinct().toList();
    }

    private static Set<String> union() {
        java.util.Set<String> all = new java.util.HashSet<>(MEETINGS);
        all.addAll(PEOPLE);
        return all;
    }
}
