/**
 * Fuzzy dates in EDTF (Extended Date/Time Format, ISO 8601-2): levels 0 and 1 plus the level 2 sub-year
 * groupings (seasons, quarters, quadrimesters, halves). {@link io.summitry.edtf.FuzzyDate} is the entry point.
 */
package io.summitry.edtf;
