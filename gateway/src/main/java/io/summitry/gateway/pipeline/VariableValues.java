package io.summitry.gateway.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.summitry.gateway.error.ErrorCode;

/**
 * Checks a request's variables against the types its operation declares, before graphql-java coerces them, so that a
 * wrong value is answered BAD_USER_INPUT with where it is and what it was ({@code $f.from}, {@code "2024-13-45"}):
 * graphql-java names only the variable, and smallrye's Date scalar lets any text through to fail later inside a
 * resolver without saying which value.
 */
final class VariableValues {

    private VariableValues() {
    }

    /** The first wrong value among the variables of the operation that runs, or null. */
    static GraphQLError problem(GraphQLSchema schema, List<OperationDefinition> operations, String operationName,
            Map<String, Object> variables) {
        OperationDefinition operation = operations.stream()
                .filter(o -> operationName == null || operationName.isEmpty() ? operations.size() == 1
                        : operationName.equals(o.getName()))
                .findFirst().orElse(null);
        if (operation == null) {
            return null;
        }
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            GraphQLType type = toType(schema, definition.getType());
            if (!(type instanceof GraphQLInputType)) {
                continue; // validation has refused the document already
            }
            String path = "$" + definition.getName();
            String problem;
            if (!variables.containsKey(definition.getName())) {
                problem = type instanceof GraphQLNonNull && definition.getDefaultValue() == null
                        ? "Variable '" + path + "' is required (" + GraphQLTypeUtil.simplePrint(type) + ") but missing"
                        : null;
            } else {
                problem = check(type, variables.get(definition.getName()), path);
            }
            if (problem != null) {
                return GraphqlErrorBuilder.newError().message(problem).location(definition.getSourceLocation())
                        .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name())).errorType(ErrorCode.BAD_USER_INPUT)
                        .build();
            }
        }
        return null;
    }

    private static GraphQLType toType(GraphQLSchema schema, graphql.language.Type<?> type) {
        if (type instanceof graphql.language.NonNullType nonNull) {
            GraphQLType inner = toType(schema, nonNull.getType());
            return inner == null ? null : GraphQLNonNull.nonNull(inner);
        }
        if (type instanceof graphql.language.ListType list) {
            GraphQLType inner = toType(schema, list.getType());
            return inner == null ? null : GraphQLList.list(inner);
        }
        return schema.getType(((graphql.language.TypeName) type).getName());
    }

    /** What is wrong with this value at this path, or null. */
    private static String check(GraphQLType type, Object value, String path) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                return "Variable '" + path + "' is required (" + GraphQLTypeUtil.simplePrint(type) + ") but null";
            }
            return check(nonNull.getWrappedType(), value, path);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return check(list.getWrappedType(), value, path); // a single value stands for a list of one
            }
            for (int i = 0; i < items.size(); i++) {
                String problem = check(list.getWrappedType(), items.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> members)) {
                return invalid(path, value, "an object of type " + object.getName());
            }
            for (Object name : members.keySet()) {
                if (object.getField(String.valueOf(name)) == null) {
                    return "Variable '" + path + "' has a field '" + name + "' that " + object.getName()
                            + " does not have (it has " + object.getFields().stream()
                                    .map(GraphQLInputObjectField::getName).collect(Collectors.joining(", ")) + ")";
                }
            }
            for (GraphQLInputObjectField field : object.getFields()) {
                String fieldPath = path + "." + field.getName();
                if (!members.containsKey(field.getName())) {
                    if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue()) {
                        return "Variable '" + fieldPath + "' is required (" + GraphQLTypeUtil.simplePrint(field.getType())
                                + ") but missing";
                    }
                    continue;
                }
                String problem = check(field.getType(), members.get(field.getName()), fieldPath);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLEnumType enumType) {
            if (value instanceof String name && enumType.getValue(name) != null) {
                return null;
            }
            return invalid(path, value, "one of " + enumType.getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")));
        }
        if (type instanceof GraphQLScalarType scalar) {
            if (scalar.getName().equals("Date")) {
                try {
                    LocalDate.parse(String.valueOf(value));
                    return value instanceof String ? null : invalid(path, value, "a Date, written YYYY-MM-DD");
                } catch (DateTimeParseException notADate) {
                    return invalid(path, value, "a Date, written YYYY-MM-DD");
                }
            }
            try {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ENGLISH);
                return null;
            } catch (CoercingParseValueException | IllegalArgumentException wrong) {
                return invalid(path, value, "a value of type " + scalar.getName());
            }
        }
        return null;
    }

    private static String invalid(String path, Object value, String expected) {
        String shown = value instanceof String text ? "\"" + (text.length() > 100 ? text.substring(0, 100) + "…" : text)
                + "\"" : value instanceof Map || value instanceof List ? "a " + (value instanceof Map ? "JSON object"
                        : "list") : String.valueOf(value);
        return "Variable '" + path + "' has an invalid value " + shown + ": expected " + expected;
    }
}
