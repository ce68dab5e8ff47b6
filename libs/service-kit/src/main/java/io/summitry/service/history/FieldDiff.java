package io.summitry.service.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.summitry.api.history.FieldChangeDto;

/**
 * What changed between two states of a record, field by field, comparing the JSON trees of its DTO: generic over
 * every record type, and in the names the API and GraphQL use. A null state is a record that does not exist (before
 * its creation, after its deletion); a JSON null and an absent field are both "absent".
 */
public final class FieldDiff {

    private FieldDiff() {
    }

    public static List<FieldChangeDto> between(ObjectNode before, ObjectNode after) {
        Set<String> names = new LinkedHashSet<>();
        addNames(after, names);
        addNames(before, names);
        List<FieldChangeDto> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode was = value(before, name);
            JsonNode is = value(after, name);
            // node equality ignores the order of object keys, which jsonb does not keep
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChangeDto(name, was == null ? null : was.toString(),
                        is == null ? null : is.toString()));
            }
        }
        return changes;
    }

    private static void addNames(ObjectNode state, Set<String> names) {
        if (state != null) {
            for (Iterator<String> it = state.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
        }
    }

    private static JsonNode value(ObjectNode state, String name) {
        JsonNode value = state == null ? null : state.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
