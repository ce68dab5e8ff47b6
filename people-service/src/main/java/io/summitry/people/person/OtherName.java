package io.summitry.people.person;

import jakarta.persistence.Embeddable;

import io.summitry.api.people.OtherNameDto;

/** Another name of a person as a source gives it, with its BCP 47 language tag. */
@Embeddable
public class OtherName {

    public String name;

    public String lang;

    public String note;

    static OtherName of(OtherNameDto dto) {
        OtherName otherName = new OtherName();
        otherName.name = dto.name().strip();
        otherName.lang = dto.lang();
        otherName.note = dto.note();
        return otherName;
    }

    OtherNameDto toDto() {
        return new OtherNameDto(name, lang, note);
    }
}
