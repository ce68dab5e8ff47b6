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
 * and a cost, and how many fields the document expands to, all as if every fragment were expanded where it is spread.
 * <p>
 * Weights: a field returning an object costs 1 plus its selection, a scalar or enum field 0; a field with
 * {@code first}/{@code last} multiplies its selection by that value (its default when absent, at most
 * {@link #MAX_PAGE}), a list field without them by the assumed list size, except the {@code edges}/{@code nodes} of a
 * connection, whose size its {@code first} already counts. Introspection reads the schema, not the services:
 * {@code __schema} and {@code __type} cost 1 each, whatever they select.
 * <p>
 * The work is bounded by the size of the document, not by what it expands to: each fragment is measured once, where it
 * is first spread, and its measures are reused wherever else it is spread (a fragment's measures do not depend on
 * where it is spread). A document of nested spreads ({@code fragment F2 on Query { ...F1 ...F1 }} …) that would expand
 * to billions of fields is measured in a few hundred steps, and refused because its measures are over the limits;
 * every sum saturates instead of overflowing. The visit budget is a second bound, for documents larger than the
 * token limit allows.
 */
public final class QueryMeasure {

    /** The largest page a field may ask for: larger values are refused when the field resolves. */
    static final int MAX_PAGE = 100;

    /** The measures of one document. */
    public record Measure(long depth, long aliases, long rootFields, long fields, long cost, boolean truncated) {
    }

    /** The measures of one selection set, fragments expanded. */
    private record Summary(long cost, long depth, long aliases, long fields, long expanded) {

        static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);

        Summary plus(Summary other) {
            return new Summary(saturatedAdd(cost, other.cost), Math.max(depth, other.depth),
                    saturatedAdd(aliases, other.aliases), saturatedAdd(fields, other.fields),
                    saturatedAdd(expanded, other.expanded));
        }
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Summary> measuredFragments = new HashMap<>();
    private final Set<String> onPath = new HashSet<>();
    private final Map<String, Object> variables;
    private final int assumedListSize;
    private final long budget;
    private Map<String, Object> defaults = Map.of();
    private long visited;

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
     * Measures every operation of the document (the one that runs is among them) and answers the largest values.
     *
     * @param budget how many selections to visit at most; past it the measure stops and says it was truncated
     */
    public static Measure of(GraphQLSchema schema, Document document, Map<String, Object> variables,
            int assumedListSize, long budget) {
        QueryMeasure measure = new QueryMeasure(schema, document, variables, assumedListSize, budget);
        Summary largest = Summary.EMPTY;
        long rootFields = 0;
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
            // the default values of variables may differ between operations, and fragments may read them
            measure.measuredFragments.clear();
            Summary summary = measure.selection(operation.getSelectionSet(), root);
            rootFields = Math.max(rootFields, summary.fields());
            largest = new Summary(Math.max(largest.cost(), summary.cost()), Math.max(largest.depth(), summary.depth()),
                    Math.max(largest.aliases(), summary.aliases()), 0, Math.max(largest.expanded(), summary.expanded()));
        }
        return new Measure(largest.depth(), largest.aliases(), rootFields, largest.expanded(), largest.cost(),
                measure.visited > measure.budget);
    }

    private Summary selection(SelectionSet set, GraphQLType parent) {
        if (set == null) {
            return Summary.EMPTY;
        }
        Summary summary = Summary.EMPTY;
        for (Selection<?> selection : set.getSelections()) {
            if (++visited > budget) {
                return summary;
            }
            if (selection instanceof Field field) {
                summary = summary.plus(field(field, parent));
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                summary = summary.plus(selection(inline.getSelectionSet(), on));
            } else if (selection instanceof FragmentSpread spread) {
                summary = summary.plus(fragment(spread.getName()));
            }
        }
        return summary;
    }

    /** A fragment's measures, computed where it is first spread; a cycle (refused by validation) adds nothing. */
    private Summary fragment(String name) {
        Summary known = measuredFragments.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null || !onPath.add(name)) {
            return Summary.EMPTY;
        }
        Summary summary = selection(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
        onPath.remove(name);
        measuredFragments.put(name, summary);
        return summary;
    }

    private Summary field(Field field, GraphQLType parent) {
        long alias = field.getAlias() != null ? 1 : 0;
        GraphQLFieldDefinition definition = definitionOf(parent, field.getName());
        if (definition == null) {
            // unknown here: validation refuses it later; still count what is nested under it
            Summary nested = selection(field.getSelectionSet(), null);
            return new Summary(field.getSelectionSet() == null ? 0 : saturatedAdd(1, nested.cost()),
                    saturatedAdd(1, nested.depth()), saturatedAdd(alias, nested.aliases()), 1,
                    saturatedAdd(1, nested.expanded()));
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
        Summary nested = selection(field.getSelectionSet(), named instanceof GraphQLCompositeType ? named : null);
        long cost;
        if (!(named instanceof GraphQLCompositeType)) {
            cost = 0;
        } else if (isSchemaMetadata(definition, parent)) {
            cost = 1;
        } else {
            cost = saturatedAdd(1, saturatedMultiply(multiplier(field, definition, type, parent), nested.cost()));
        }
        return new Summary(cost, saturatedAdd(1, nested.depth()), saturatedAdd(alias, nested.aliases()), 1,
                saturatedAdd(1, nested.expanded()));
    }

    /** {@code __schema}, {@code __type} and every field of the introspection types: answered from the schema. */
    private boolean isSchemaMetadata(GraphQLFieldDefinition definition, GraphQLType parent) {
        return definition == Introspection.SchemaMetaFieldDef || definition == Introspection.TypeMetaFieldDef
                || parent instanceof GraphQLNamedType named && named.getName().startsWith("__");
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
