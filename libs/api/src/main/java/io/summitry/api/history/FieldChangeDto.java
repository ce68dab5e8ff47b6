package io.summitry.api.history;

/**
 * One field that a change touched, under the record's own (DTO and GraphQL) field name, with its values before and
 * after as JSON text ({@code "\"Old title\""}, {@code "3"}); an absent value is a Java null, never the text "null".
 */
public record FieldChangeDto(String field, String before, String after) {
}
