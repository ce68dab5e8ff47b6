package io.summitry.gateway.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.Startup;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.limits.DirectiveCount;
import io.summitry.gateway.limits.LimitsConfig;
import io.summitry.gateway.limits.QueryLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Where each GraphQL document is parsed (once), measured against the limits and validated, and kept for the next
 * request that sends the same text.
 * <p>
 * {@link GraphQLHttp} parses a request's document here before anything runs, so a syntax error or a document over the
 * token, character or nesting limits of the parser, or over the directive limit ({@link DirectiveCount}, counted as it
 * is parsed), is a coded answer and costs no more than the limits allow. The
 * parser limits are also made graphql-java's defaults for operations, so no other parse in this JVM can exceed them.
 * <p>
 * graphql-java then asks this {@link PreparsedDocumentProvider} for the document (installed by {@link GraphQLPipeline}):
 * it is measured with the request's variables ({@link QueryLimits}: depth, aliases, root fields, cost; refused as
 * QUERY_TOO_COMPLEX before validation), validated once per document text, and its variables checked
 * ({@link VariableValues}). smallrye-graphql reads the operation types
 * of a request from its own {@link QueryCache} before graphql-java runs; that cache is handed the parsed document as
 * well, so smallrye does not parse it a second time.
 */
@Startup
@ApplicationScoped
public class Documents implements PreparsedDocumentProvider {

    /** A parsed document and, once it has been validated, what validation found. */
    static final class Parsed {
        final Document document;
        volatile List<? extends GraphQLError> validation;

        Parsed(Document document) {
            this.document = document;
        }
    }

    /** A document that could not be parsed: the coded errors to answer. */
    static final class Unparseable extends RuntimeException {
        final GraphQLError error;

        Unparseable(GraphQLError error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }

    /** As many as smallrye-graphql's own cache keeps. */
    private static final int CACHED_DOCUMENTS = 2048;

    private final LimitsConfig limits;
    private final Supplier<GraphQLSchema> schema;
    private final QueryLimits queryLimits;
    private final ParserOptions parserOptions;
    private final Cache<String, Parsed> parsed;
    private volatile QueryCache smallryeCache;

    @Inject
    Documents(LimitsConfig limits, Instance<GraphQLSchema> schema) {
        this(limits, (Supplier<GraphQLSchema>) schema::get);
    }

    Documents(LimitsConfig limits, Supplier<GraphQLSchema> schema) {
        this.limits = limits;
        this.schema = schema;
        this.queryLimits = new QueryLimits(limits);
        this.parserOptions = parserOptions(limits);
        // smallrye-graphql and graphql-java parse with the default options for operations: make them these limits
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
        this.parsed = Caffeine.newBuilder().maximumSize(CACHED_DOCUMENTS).build();
    }

    /** The parser's own limits, from the gateway's: tokens, characters, whitespace and comments. */
    static ParserOptions parserOptions(LimitsConfig limits) {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.maxTokens())
                .maxCharacters(limits.maxDocumentBytes())
                .maxWhitespaceTokens(limits.maxDocumentBytes()));
    }

    /**
     * The parsed document of this text, from the cache or parsed now within the parser limits.
     *
     * @throws Unparseable with a GRAPHQL_PARSE_FAILED or QUERY_TOO_COMPLEX error
     */
    Parsed parse(String query) {
        Parsed known = parsed.getIfPresent(query);
        if (known != null) {
            return known;
        }
        int bytes = query.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxDocumentBytes()) {
            throw tooComplex("The query document is " + bytes + " bytes; the limit is " + limits.maxDocumentBytes()
                    + " (summitry.limits.max-document-bytes)");
        }
        Parsed fresh = new Parsed(parseDocument(query));
        parsed.put(query, fresh);
        return fresh;
    }

    private Document parseDocument(String query) {
        try {
            ParserOptions counted = parserOptions.transform(options -> options
                    .parsingListener(new DirectiveCount(limits.maxDirectives())));
            return Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(counted)
                    .build());
        } catch (DirectiveCount.Exceeded tooManyDirectives) {
            throw tooComplex("The query has more than " + limits.maxDirectives()
                    + " directives, the limit (summitry.limits.max-directives)");
        } catch (ParseCancelledTooDeepException tooDeep) {
            throw tooComplex("The query is nested too deeply to parse; the depth limit is " + limits.maxDepth()
                    + " (summitry.limits.max-depth)");
        } catch (ParseCancelledTooManyCharsException tooLong) {
            throw tooComplex("The query document has more than " + limits.maxDocumentBytes()
                    + " characters, the limit (summitry.limits.max-document-bytes)");
        } catch (ParseCancelledException tooLarge) {
            throw tooComplex("The query has more than " + limits.maxTokens()
                    + " tokens, the limit (summitry.limits.max-tokens)");
        } catch (InvalidSyntaxException invalid) {
            GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
                    .message("Syntax error: " + invalid.getMessage())
                    .extensions(Map.of("code", ErrorCode.GRAPHQL_PARSE_FAILED.name()))
                    .errorType(ErrorCode.GRAPHQL_PARSE_FAILED);
            if (invalid.getLocation() != null) {
                error.location(invalid.getLocation());
            }
            throw new Unparseable(error.build());
        }
    }

    private static Unparseable tooComplex(String message) {
        return new Unparseable(GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name())).errorType(ErrorCode.QUERY_TOO_COMPLEX)
                .build());
    }

    /**
     * Hands the parsed document to smallrye-graphql's own query cache, which it reads the operation types from before
     * graphql-java runs; it would parse the text itself otherwise. The cache is known from the first request on.
     */
    void shareWithSmallrye(String query, Parsed document) {
        QueryCache cache = smallryeCache;
        if (cache == null) {
            return;
        }
        PreparsedDocumentEntry entry = new PreparsedDocumentEntry(document.document);
        boolean[] missing = { false };
        cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), input -> {
            missing[0] = true;
            return entry;
        });
        if (missing[0]) {
            // QueryCache stores what it was just asked for once told that validation passed
            cache.beginValidation(null, null).onCompleted(List.of(), null);
        }
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        if (smallryeCache == null
                && input.getGraphQLContext().get(SmallRyeContextManager.CONTEXT) instanceof SmallRyeContext context) {
            smallryeCache = context.getQueryCache();
        }
        Parsed document;
        try {
            document = parse(input.getQuery());
        } catch (Unparseable refused) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(refused.error));
        }
        GraphQLError refusal = queryLimits.refusal(schema.get(), document.document, input.getVariables());
        if (refusal != null) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(refusal));
        }
        List<? extends GraphQLError> errors = document.validation;
        if (errors == null) {
            Locale locale = input.getLocale() == null ? Locale.ENGLISH : input.getLocale();
            errors = ParseAndValidate.validate(schema.get(), document.document, locale);
            document.validation = errors;
        }
        if (!errors.isEmpty()) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(document.document, errors));
        }
        GraphQLError wrongValue = VariableValues.problem(schema.get(),
                document.document.getDefinitionsOfType(OperationDefinition.class), input.getOperationName(),
                input.getVariables());
        return CompletableFuture.completedFuture(wrongValue == null ? new PreparsedDocumentEntry(document.document)
                : new PreparsedDocumentEntry(wrongValue));
    }
}
