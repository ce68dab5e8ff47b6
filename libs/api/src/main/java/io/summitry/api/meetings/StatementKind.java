package io.summitry.api.meetings;

/** QUOTE: verbatim; PARAPHRASE: as the source reports it; DOCUMENT: words of a signed or issued text. */
public enum StatementKind {
    QUOTE,
    PARAPHRASE,
    DOCUMENT
}
