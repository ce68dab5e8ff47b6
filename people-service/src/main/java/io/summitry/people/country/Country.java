package io.summitry.people.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.api.people.CountryDto;

/** An ISO 3166-1 country; the list is loaded by a migration and read-only through the API. */
@Entity
public class Country extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public CountryDto toDto() {
        return new CountryDto(code, name);
    }

    /** Whether a country has this code; null counts as absent-but-allowed. */
    public static boolean existsOrNull(String code) {
        return code == null || count("code", code) > 0;
    }
}
