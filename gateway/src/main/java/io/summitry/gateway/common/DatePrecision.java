package io.summitry.gateway.common;

import org.eclipse.microprofile.graphql.Description;

/** How precise a fuzzy date is, from one day to unknown. */
@Description("How precise a fuzzy date is, from one day to unknown.")
public enum DatePrecision {
    DAY,
    MONTH,
    SEASON,
    QUARTER,
    QUADRIMESTER,
    HALF_YEAR,
    YEAR,
    DECADE,
    CENTURY,
    RANGE,
    UNKNOWN;

    static DatePrecision of(String name) {
        try {
            return name == null ? UNKNOWN : valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }
}
