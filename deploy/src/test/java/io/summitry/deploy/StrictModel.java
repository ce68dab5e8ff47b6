package io.summitry.deploy;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Unmarshals manifests into the fabric8 model, failing on unknown fields and wrong types.
 * fabric8 keeps unknown fields in {@code additionalProperties}; dropping that any-setter makes them errors.
 */
final class StrictModel {
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final BeanDeserializerModifier NO_ANY_SETTER = new BeanDeserializerModifier() {
        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                BeanDeserializerBuilder builder) {
            builder.setAnySetter(null);
            return builder;
        }
    };
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(NO_ANY_SETTER))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /**
     * Custom resources the fabric8 model does not know, with the strict record written for them here: the fields the
     * tests read. The schema check of CloudNativePG's kinds is KubernetesModelsTest's (the operator's CRDs); the
     * Barman Cloud Plugin's ObjectStore has no schema any reachable package publishes, so its record is all there is.
     * The Gateway API's and the Prometheus Operator's kinds are fabric8's own models, generated from their CRDs.
     */
    private static final List<CustomKind> CUSTOM_KINDS = List.of(
            new CustomKind("postgresql.cnpg.io/v1", "Cluster", CnpgCluster.class),
            new CustomKind("postgresql.cnpg.io/v1", "ScheduledBackup", CnpgScheduledBackup.class),
            new CustomKind("barmancloud.cnpg.io/v1", "ObjectStore", BarmanObjectStore.class));

    private StrictModel() {
    }

    /**
     * @param object one manifest
     * @return its typed model
     * @throws IllegalArgumentException naming the object and the offending field when it does not fit the model
     */
    static Object unmarshal(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String name = object.path("metadata").path("name").asText();
        Class<?> type = typeOf(apiVersion, kind);
        try {
            return STRICT.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(kind + " " + name + " does not fit the " + type.getSimpleName()
                    + " model: " + e.getOriginalMessage() + " at " + e.getLocation() + " path " + pathOf(e), e);
        }
    }

    static Class<?> typeOf(String apiVersion, String kind) {
        for (CustomKind custom : CUSTOM_KINDS) {
            if (custom.apiVersion().equals(apiVersion) && custom.kind().equals(kind)) {
                return custom.type();
            }
        }
        Class<? extends KubernetesResource> type = KUBERNETES.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null) {
            throw new IllegalArgumentException("No model for " + apiVersion + " " + kind
                    + ": add one to StrictModel before using this kind");
        }
        return type;
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            return mapping.getPathReference();
        }
        return "?";
    }

    private record CustomKind(String apiVersion, String kind, Class<?> type) {
    }
}
