package io.summitry.api.history;

/**
 * Who made a change: the token's subject, and its display name ({@code name}, else {@code preferred_username}) or
 * null. Writes without a token record {@code anonymous}; the baseline migration and the seed loader record {@code system}.
 */
public record EditorDto(String id, String name) {
}
