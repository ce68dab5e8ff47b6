package io.summitry.api.meetings;

/** Whether the source says a fact (REPORTED) or it was concluded from what the source says (INFERRED). */
public enum FactBasis {
    REPORTED,
    INFERRED
}
