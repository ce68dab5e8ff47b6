package io.summitry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The Popolo JSON Schemas of {@code popolo/} on the class path (this module's resources; draft-03) as networknt's validator reads them
 * (draft-04): {@code "required": true} on a property becomes the property's name in its parent's {@code required} list,
 * the only draft-03 keyword these schemas use that draft-04 spells otherwise; their ids resolve to these files.
 */
public final class PopoloSchemas {

    static final String ID_PREFIX = "http://www.popoloproject.com/schemas/";
    static final List<String> NAMES = List.of("area", "contact_detail", "count", "event", "group_result",
            "identifier", "link", "membership", "motion", "organization", "other_name", "person", "post", "speech",
            "vote", "vote_event");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final tools.jackson.databind.ObjectMapper JSON3 = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private final SchemaRegistry registry;

    public PopoloSchemas() {
        Map<String, String> schemas = new HashMap<>();
        for (String name : NAMES) {
            String text = asDraft4(read("popolo/" + name + ".json")).toString();
            schemas.put(ID_PREFIX + name + ".json", text);
            schemas.put(ID_PREFIX + name + ".json#", text);
        }
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemas(schemas));
    }

    /** The validation errors of one object against the named schema (event, speech, person…), as text. */
    public List<String> errors(String schemaName, JsonNode object) {
        Schema schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + schemaName + ".json#"));
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(JSON3.readTree(object.toString()))) {
            messages.add(error.toString());
        }
        return messages;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = PopoloSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode asDraft4(JsonNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.put("$schema", "http://json-schema.org/draft-04/schema#");
        moveRequired(copy);
        return copy;
    }

    private static void moveRequired(JsonNode node) {
        if (node.isArray()) {
            node.forEach(PopoloSchemas::moveRequired);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode properties = object.get("properties");
        if (properties != null && properties.isObject()) {
            ArrayNode required = JSON.createArrayNode();
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isObject() && field.getValue().path("required").isBoolean()) {
                    if (field.getValue().get("required").asBoolean()) {
                        required.add(field.getKey());
                    }
                    ((ObjectNode) field.getValue()).remove("required");
                }
            }
            if (!required.isEmpty()) {
                object.set("required", required);
            }
        }
        object.forEach(PopoloSchemas::moveRequired);
    }
}
