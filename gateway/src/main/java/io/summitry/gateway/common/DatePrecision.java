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
    @Description("Some day, or a short span, within the bounds (EDTF one-of set [2025-01-01..2025-06-30] or list "
            + "[2025-01-10,2025-01-12]), not a span that lasted them (that is RANGE).")
    WITHIN,
    UNKNOWN;

    static DatePrecision of(String name) {
        try {
            return name == null ? UNKNOWN : valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }
}
