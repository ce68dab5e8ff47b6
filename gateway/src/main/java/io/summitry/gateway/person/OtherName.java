package io.summitry.gateway.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Another name of a person as a source gives it. */
@Type("OtherName")
@Description("Another name as a source gives it (Hangul, Kanji, a romanization). lang: BCP 47 (ko, ja, ko-Latn).")
public record OtherName(@NonNull String name, String lang, String note) {
}
