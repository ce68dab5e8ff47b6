package io.summitry.gateway.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a parsed document would cost, measured before it runs: the deepest field nesting, the aliases, the root fields
 * and a cost. Fragments are expanded where they are spread. Weights: a field returning an object costs 1 plus its
 * selection, a scalar or enum field 0; a field with {@code first}/{@code last} multiplies its selection by that
 * value (its default when absent, at most {@link #MAX_PAGE}), a list field without them by the assumed list size,
 * except the {@code edges}/{@code nodes} of a connection, whose size its {@code first} already counts.
 */
final class QueryMeasure {

    /** The largest page a field may ask for: larger values are refused when the field resolves. */
    static final int MAX_PAGE = 100;

    /** The measures of one document. */
    record Measure(int depth, int aliases, int rootFields, long cost, boolean truncated) {
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final int assumedListSize;
    private final long budget;
    private long visited;
    private int depth;
    private int aliases;

    private QueryMeasure(GraphQLSchema schema, Document document, Map<String, Object> variables,
            int assumedListSize, long budget) {
        this.schema = schema;
        this.variables = variables == null ? Map.of() : variables;
        this.assumedListSize = assumedListSize;
        this.budget = budget;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    /**
     * Measures every operation of the document (the one that runs is among them).
     *
     * @param budget how many fields to visit at most: expanding fragments can grow a small document enormously
     */
    static Measure of(GraphQLSchema schema, Document document, Map<String, Object> variables, int assumedListSize,
            long budget) {
        QueryMeasure measure = new QueryMeasure(schema, document, variables, assumedListSize, budget);
        long cost = 0;
        int rootFields = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLObjectType root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            Map<String, Object> defaults = new HashMap<>();
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (definition.getDefaultValue() instanceof IntValue value) {
                    defaults.put(definition.getName(), value.getValue());
                }
            }
            measure.defaults = defaults;
            rootFields = Math.max(rootFields, measure.countFields(operation.getSelectionSet(), new HashSet<>()));
            cost = Math.max(cost, measure.cost(operation.getSelectionSet(), root, 1, new HashSet<>()));
        }
        return new Measure(measure.depth, measure.aliases, rootFields, cost, measure.visited > measure.budget);
    }

    private Map<String, Object> defaults = Map.of();

    private int countFields(SelectionSet set, Set<String> onPath) {
        if (set == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field) {
                count++;
            } else if (selection instanceof InlineFragment inline) {
                count += countFields(inline.getSelectionSet(), onPath);
            } else if (selection instanceof FragmentSpread spread && onPath.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                count += fragment == null ? 0 : countFields(fragment.getSelectionSet(), onPath);
                onPath.remove(spread.getName());
            }
        }
        return count;
    }

    private long cost(SelectionSet set, GraphQLType parent, int level, Set<String> onPath) {
        if (set == null) {
            return 0;
        }
        long cost = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (++visited > budget) {
                return cost;
            }
            if (selection instanceof Field field) {
                cost = saturatedAdd(cost, fieldCost(field, parent, level, onPath));
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                cost = saturatedAdd(cost, cost(inline.getSelectionSet(), on, level, onPath));
            } else if (selection instanceof FragmentSpread spread && onPath.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    GraphQLType on = schema.getType(fragment.getTypeCondition().getName());
                    cost = saturatedAdd(cost, cost(fragment.getSelectionSet(), on, level, onPath));
                }
                onPath.remove(spread.getName());
            }
        }
        return cost;
    }

    private long fieldCost(Field field, GraphQLType parent, int level, Set<String> onPath) {
        depth = Math.max(depth, level);
        if (field.getAlias() != null) {
            aliases++;
        }
        GraphQLFieldDefinition definition = definitionOf(parent, field.getName());
        if (definition == null) {
            // Unknown here: validation refuses it later; still count what is nested under it.
            return field.getSelectionSet() == null ? 0 : 1 + cost(field.getSelectionSet(), null, level + 1, onPath);
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
        if (!(named instanceof GraphQLCompositeType)) {
            return 0;
        }
        long selection = cost(field.getSelectionSet(), named, level + 1, onPath);
        return saturatedAdd(1, saturatedMultiply(multiplier(field, definition, type, parent), selection));
    }

    /** The field's definition, or null where it is unknown (validation refuses it later). */
    private GraphQLFieldDefinition definitionOf(GraphQLType parent, String name) {
        if (name.equals(Introspection.SchemaMetaFieldDef.getName()) && parent == schema.getQueryType()) {
            return Introspection.SchemaMetaFieldDef;
        }
        if (name.equals(Introspection.TypeMetaFieldDef.getName()) && parent == schema.getQueryType()) {
            return Introspection.TypeMetaFieldDef;
        }
        if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
            return Introspection.TypeNameMetaFieldDef;
        }
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }

    private long multiplier(Field field, GraphQLFieldDefinition definition, GraphQLType type, GraphQLType parent) {
        for (String name : new String[] { "first", "last" }) {
            if (definition.getArgument(name) == null) {
                continue;
            }
            Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst()
                    .orElse(null);
            Object value = argument == null ? null : valueOf(argument.getValue());
            if (argument == null && name.equals("first")) {
                Object fallback = definition.getArgument(name).getArgumentDefaultValue().getValue();
                value = fallback instanceof IntValue literal ? literal.getValue() : fallback;
            }
            if (value instanceof Number number) {
                return Math.max(0, Math.min(MAX_PAGE, number.longValue()));
            }
        }
        if (type instanceof GraphQLList || type instanceof GraphQLNonNull nonNull
                && nonNull.getWrappedType() instanceof GraphQLList) {
            boolean inConnection = parent instanceof GraphQLNamedType owner && owner.getName().endsWith("Connection");
            return inConnection ? 1 : assumedListSize;
        }
        return 1;
    }

    private Object valueOf(Value<?> value) {
        if (value instanceof IntValue literal) {
            return literal.getValue();
        }
        if (value instanceof VariableReference reference) {
            Object given = variables.get(reference.getName());
            return given != null ? given : defaults.get(reference.getName());
        }
        return null;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
