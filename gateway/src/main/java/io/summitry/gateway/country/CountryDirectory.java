package io.summitry.gateway.country;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.summitry.api.people.CountryDto;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.error.GatewayException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ISO country list of people-service, fetched once and kept: it is reference data, so country fields cost no
 * call after the first. While people-service has never answered, names come from the JDK's locale data instead.
 */
@ApplicationScoped
public class CountryDirectory {

    private final PeopleClient people;
    private final AtomicReference<Map<String, Country>> known = new AtomicReference<>();

    CountryDirectory(PeopleClient people) {
        this.people = people;
    }

    public Uni<Map<String, Country>> all() {
        Map<String, Country> cached = known.get();
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return people.countries().map(this::remember).onFailure().recoverWithItem(failure -> {
            Log.warnf("Country names from the JDK while people-service is unavailable: %s", failure.getMessage());
            return fromJdk();
        });
    }

    /** The countries of these codes, in order; an unknown code is answered with the code as its name. */
    public Uni<List<Country>> resolve(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return all().map(countries -> codes.stream().map(code -> lookup(countries, code)).toList());
    }

    /**
     * Fails with BAD_USER_INPUT naming the argument and the code when any of these codes is not a known country;
     * null codes are skipped. No codes, no lookup.
     */
    public Uni<Void> requireKnown(String argument, Collection<String> codes) {
        List<String> wanted = codes == null ? List.of() : codes.stream().filter(Objects::nonNull).toList();
        if (wanted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return all().invoke(countries -> {
            for (String code : wanted) {
                if (!countries.containsKey(code)) {
                    throw GatewayException.badInput("Argument '" + argument + "': there is no country with code '"
                            + code + "' (ISO 3166-1 alpha-2, such as KR)");
                }
            }
        }).replaceWithVoid();
    }

    public static Country lookup(Map<String, Country> countries, String code) {
        if (code == null) {
            return null;
        }
        Country country = countries.get(code);
        return country != null ? country : new Country(code, code);
    }

    private Map<String, Country> remember(List<CountryDto> countries) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (CountryDto dto : countries) {
            byCode.put(dto.code(), new Country(dto.code(), dto.name()));
        }
        Map<String, Country> frozen = java.util.Collections.unmodifiableMap(byCode);
        known.set(frozen);
        return frozen;
    }

    private static Map<String, Country> fromJdk() {
        List<Country> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        }
        countries.sort(java.util.Comparator.comparing(Country::name));
        Map<String, Country> byCode = new LinkedHashMap<>();
        countries.forEach(country -> byCode.put(country.code(), country));
        return byCode;
    }
}
