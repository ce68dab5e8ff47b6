package io.summitry.gateway.limits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Refuses a document that asks a batched field with arguments several times at one level with different arguments.
 * Smallrye resolves such a field for every parent of a level in one batch and hands the batch the arguments of the
 * first occurrence, so the other occurrences would silently get answers for someone else's arguments.
 */
final class BatchedArguments {

    /** The batched fields that take arguments, as {@code Type.field}. */
    static final Set<String> FIELDS = Set.of("Person.meetings", "Person.positionAt", "Organization.positions");

    /** How many selections to look at at most (the limits have refused larger expansions already). */
    private static final int BUDGET = 100_000;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private Map<String, Object> defaults = Map.of();
    private final Map<String, Map<String, Object>> seen = new HashMap<>();
    private int visited;
    private String conflict;

    private BatchedArguments(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables == null ? Map.of() : variables;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    /** The message refusing the document, or null when each batched field has one set of arguments per level. */
    static String conflict(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        BatchedArguments check = new BatchedArguments(schema, document, variables);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLType root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            Map<String, Object> defaults = new HashMap<>();
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (definition.getDefaultValue() != null) {
                    defaults.put(definition.getName(), definition.getDefaultValue());
                }
            }
            check.defaults = defaults;
            check.seen.clear();
            check.walk(operation.getSelectionSet(), root, 1, new HashSet<>());
            if (check.conflict != null) {
                return check.conflict;
            }
        }
        return null;
    }

    private void walk(SelectionSet set, GraphQLType parent, int level, Set<String> onPath) {
        if (set == null || conflict != null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (++visited > BUDGET || conflict != null) {
                return;
            }
            if (selection instanceof Field field) {
                visit(field, parent, level, onPath);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                walk(inline.getSelectionSet(), on, level, onPath);
            } else if (selection instanceof FragmentSpread spread && onPath.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    walk(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), level,
                            onPath);
                }
                onPath.remove(spread.getName());
            }
        }
    }

    private void visit(Field field, GraphQLType parent, int level, Set<String> onPath) {
        if (!(parent instanceof GraphQLFieldsContainer container)) {
            return; // unknown or abstract without a fragment: validation answers it
        }
        GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
        if (definition == null) {
            return;
        }
        String name = container.getName() + "." + field.getName();
        if (FIELDS.contains(name)) {
            Map<String, Object> arguments = arguments(field, definition);
            Map<String, Object> first = seen.putIfAbsent(level + ":" + name, arguments);
            if (first != null && !first.equals(arguments)) {
                conflict = "Ask " + name + " with one set of arguments per query level; use separate requests (smallrye"
                        + " resolves all its occurrences at one level in one batch)";
                return;
            }
        }
        walk(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), level + 1, onPath);
    }

    /** The field's arguments as plain values, absent ones at their defaults, so that equal requests compare equal. */
    private Map<String, Object> arguments(Field field, GraphQLFieldDefinition definition) {
        Map<String, Object> values = new TreeMap<>();
        for (GraphQLArgument argument : definition.getArguments()) {
            Object fallback = argument.hasSetDefaultValue() ? argument.getArgumentDefaultValue().getValue() : null;
            values.put(argument.getName(), plain(fallback));
        }
        for (Argument argument : field.getArguments()) {
            values.put(argument.getName(), plain(argument.getValue()));
        }
        return values;
    }

    private Object plain(Object value) {
        if (value instanceof VariableReference reference) {
            return variables.containsKey(reference.getName()) ? plain(variables.get(reference.getName()))
                    : plain(defaults.get(reference.getName()));
        }
        if (value instanceof IntValue literal) {
            return plain(literal.getValue());
        }
        if (value instanceof FloatValue literal) {
            return plain(literal.getValue());
        }
        if (value instanceof StringValue literal) {
            return literal.getValue();
        }
        if (value instanceof BooleanValue literal) {
            return literal.isValue();
        }
        if (value instanceof EnumValue literal) {
            return literal.getName();
        }
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            array.getValues().forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new TreeMap<>();
            for (ObjectField objectField : object.getObjectFields()) {
                fields.put(objectField.getName(), plain(objectField.getValue()));
            }
            return fields;
        }
        if (value instanceof Value<?>) {
            return null; // NullValue
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new TreeMap<>();
            map.forEach((key, item) -> fields.put(String.valueOf(key), plain(item)));
            return fields;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::plain).toList();
        }
        return value;
    }
}
