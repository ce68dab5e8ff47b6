package io.summitry.gateway.pipeline;

import java.util.Locale;

/**
 * Chooses the media type of a GraphQL answer from the request's {@code Accept}, as GraphQL over HTTP asks:
 * {@code application/graphql-response+json} when the client prefers it, {@code application/json} when it prefers
 * that, accepts anything, or says nothing; none (406) when it accepts neither.
 */
final class ResponseTypes {

    private ResponseTypes() {
    }

    /** The media type to answer with, or null when the client accepts no JSON type. */
    static String choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return GraphQLHttp.JSON;
        }
        String chosen = null;
        double best = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].split("=", 2);
                if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                    try {
                        quality = Double.parseDouble(parameter[1].trim());
                    } catch (NumberFormatException unreadable) {
                        quality = 0;
                    }
                }
            }
            String candidate = switch (type) {
                case GraphQLHttp.GRAPHQL_RESPONSE -> GraphQLHttp.GRAPHQL_RESPONSE;
                // application/graphql+json is what some clients sent before the name was settled
                case GraphQLHttp.JSON, "application/graphql+json", "application/*", "*/*" -> GraphQLHttp.JSON;
                default -> null;
            };
            if (candidate != null && quality > best) {
                chosen = candidate;
                best = quality;
            }
        }
        return chosen;
    }
}
