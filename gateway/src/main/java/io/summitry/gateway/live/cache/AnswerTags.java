package io.summitry.gateway.live.cache;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.summitry.gateway.id.GlobalId;

/**
 * The tags of a cached answer, what the change streams evict by: {@code "<Type>:<uuid>"} for every record in it
 * (its global id) and {@code "<Type>"} for every type it holds a list of, or holds without its id. A change to a
 * record evicts its own tag and type, and those of the record it belongs to ({@code rootTypename}/{@code rootId}: a
 * participant's meeting), so an answer is evicted by any change that could alter it:
 * <ul>
 * <li>a record whose id is in the answer: by its id;</li>
 * <li>a list of records (a connection, {@code sessions}, {@code meetings}), which a new, changed or deleted record
 * could join, leave or reorder: by its type, even when the list is empty (a connection's type says what it
 * holds);</li>
 * <li>a record selected without its id ({@code meeting(id:…){title}}), or a type that has no id ({@code Series},
 * {@code Participant}): by its type, unless it is a child selected under its root with the root's id
 * ({@code meeting{id participants{role}}}: a participant's change names its meeting).</li>
 * </ul>
 */
final class AnswerTags {

    /** The record types of the change streams, and the root each child type's changes name. */
    static final Set<String> RECORD_TYPES = Set.of("Meeting", "Participant", "Mention", "Statement", "DateReport",
            "Series", "Source", "Person", "OtherName", "Position", "Organization");
    private static final Map<String, String> ROOT_OF = Map.of("Participant", "Meeting", "Mention", "Meeting",
            "Statement", "Meeting", "DateReport", "Meeting", "OtherName", "Person", "Position", "Person");

    private AnswerTags() {
    }

    /** Adds the tags found in an answer's data: ids, and the types of records in lists. */
    static void fromData(Object data, Set<String> tags) {
        walk(data, false, tags);
    }

    private static void walk(Object value, boolean inList, Set<String> tags) {
        if (value instanceof Map<?, ?> object) {
            boolean record = false;
            if (object.get("id") instanceof String id) {
                GlobalId global = GlobalId.parse(id);
                if (global != null) {
                    record = true;
                    tags.add(global.type() + ":" + global.uuid());
                    if (inList) {
                        tags.add(global.type());
                    }
                }
            }
            for (Object member : object.values()) {
                walk(member, inList && !record, tags);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(item, true, tags);
            }
        }
    }

    /** Every global id anywhere in a value (a mutation's answer or its variables), as tags. */
    static void globalIds(Object value, Set<String> tags) {
        if (value instanceof String text) {
            GlobalId global = text.length() >= 40 ? GlobalId.parse(text) : null;
            if (global != null && RECORD_TYPES.contains(global.type())) {
                tags.add(global.type() + ":" + global.uuid());
                tags.add(global.type());
            }
        } else if (value instanceof Map<?, ?> object) {
            object.values().forEach(v -> globalIds(v, tags));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> globalIds(v, tags));
        }
    }

    /** Every global id written as a literal argument in a document (a mutation's {@code id: "…"}). */
    static void literalIds(Node<?> node, Set<String> tags) {
        if (node instanceof StringValue string) {
            globalIds(string.getValue(), tags);
        }
        for (Node<?> child : node.getChildren()) {
            literalIds(child, tags);
        }
    }

    /** The type tags the document itself calls for (types held without their id, connections), per the schema. */
    static Set<String> fromDocument(GraphQLSchema schema, Document document, OperationDefinition operation) {
        Set<String> tags = new HashSet<>();
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        selections(schema, operation.getSelectionSet(), schema.getQueryType(), null, false, fragments, tags, 0);
        return tags;
    }

    private static void selections(GraphQLSchema schema, SelectionSet set, GraphQLType type, String parentType,
            boolean parentIdSelected, Map<String, FragmentDefinition> fragments, Set<String> tags, int depth) {
        if (set == null || depth > 64) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (!(type instanceof GraphQLFieldsContainer container) || field.getName().startsWith("__")) {
                    continue;
                }
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null || field.getSelectionSet() == null) {
                    continue;
                }
                GraphQLType fieldType = GraphQLTypeUtil.unwrapAll(definition.getType());
                String name = ((graphql.schema.GraphQLNamedType) fieldType).getName();
                boolean idSelected = selectsId(field.getSelectionSet(), fragments, 0);
                if (name.endsWith("Connection") && RECORD_TYPES.contains(name.substring(0, name.length() - 10))) {
                    tags.add(name.substring(0, name.length() - 10));
                } else if (RECORD_TYPES.contains(name) && !idSelected
                        && !(ROOT_OF.containsKey(name) && ROOT_OF.get(name).equals(parentType) && parentIdSelected)) {
                    tags.add(name);
                }
                boolean record = RECORD_TYPES.contains(name);
                selections(schema, field.getSelectionSet(), fieldType, record ? name : parentType,
                        record ? idSelected : parentIdSelected, fragments, tags, depth + 1);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? type
                        : schema.getType(inline.getTypeCondition().getName());
                if (on != type && on instanceof graphql.schema.GraphQLNamedType named
                        && RECORD_TYPES.contains(named.getName())
                        && !selectsId(inline.getSelectionSet(), fragments, 0) && !parentIdSelected) {
                    tags.add(named.getName());
                }
                selections(schema, inline.getSelectionSet(), on, parentType, parentIdSelected, fragments, tags,
                        depth + 1);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    GraphQLType on = schema.getType(fragment.getTypeCondition().getName());
                    selections(schema, fragment.getSelectionSet(), on, parentType, parentIdSelected, fragments, tags,
                            depth + 1);
                }
            }
        }
    }

    private static boolean selectsId(SelectionSet set, Map<String, FragmentDefinition> fragments, int depth) {
        if (set == null || depth > 8) {
            return false;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field && field.getName().equals("id") && field.getAlias() == null) {
                return true;
            }
            if (selection instanceof InlineFragment inline && inline.getTypeCondition() == null
                    && selectsId(inline.getSelectionSet(), fragments, depth + 1)) {
                return true;
            }
            if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                    && selectsId(fragments.get(spread.getName()).getSelectionSet(), fragments, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
