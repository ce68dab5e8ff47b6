package io.summitry.gateway.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.gateway.client.DownstreamConfig;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.pipeline.QueryString;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code GET /export/meetings.csv} and {@code GET /export/popolo.json}: the meetings the list's filter selects (as the
 * web UI's list URL writes it, {@link ExportFilter}), streamed on a worker thread. Everything that can refuse the
 * request (the parameters, then meetings-service's answer to the first page) is settled before the status is sent:
 * a refusal is an RFC 9457 problem+json naming the parameter. A failure after the body has started cannot change the
 * status any more: the connection is then reset, so the client sees a cut transfer, never a file that looks whole.
 */
@ApplicationScoped
public class ExportRoutes {

    static final String CSV_PATH = "/export/meetings.csv";
    static final String POPOLO_PATH = "/export/popolo.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Services services;

    ExportRoutes(MeetingsClient meetings, PeopleClient people, DownstreamConfig downstream) {
        // each call is bounded by the deadline (and its one retry) already; the wait only keeps a thread from hanging
        this.services = new Services(meetings, people, downstream.deadline().multipliedBy(2));
    }

    void install(@Observes Router router) {
        router.route(CSV_PATH).blockingHandler(context -> export(context, Format.CSV), false);
        router.route(POPOLO_PATH).blockingHandler(context -> export(context, Format.POPOLO), false);
    }

    private enum Format {
        CSV("text/csv; charset=utf-8; header=present", "meetings.csv"),
        POPOLO("application/json", "popolo.json");

        final String contentType;
        final String fileName;

        Format(String contentType, String fileName) {
            this.contentType = contentType;
            this.fileName = fileName;
        }
    }

    private void export(RoutingContext context, Format format) {
        HttpServerResponse response = context.response();
        if (context.request().method() != HttpMethod.GET && context.request().method() != HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.ALLOW, "GET");
            problem(response, 405, "method-not-allowed", "Method not allowed", ErrorCode.BAD_REQUEST,
                    "An export is read with GET", null);
            return;
        }
        Map<String, List<String>> parameters;
        MeetingQuery filter;
        MeetingPages pages;
        try {
            parameters = QueryString.parameters(context.request().query());
            filter = ExportFilter.parse(parameters);
            pages = MeetingPages.open(services, filter);
        } catch (QueryString.Malformed malformed) {
            problem(response, 400, "invalid-input", "Invalid input", ErrorCode.BAD_REQUEST, malformed.getMessage(),
                    null);
            return;
        } catch (ExportFilter.Invalid invalid) {
            problem(response, 400, "invalid-input", "Invalid input", ErrorCode.BAD_USER_INPUT, invalid.getMessage(),
                    invalid.parameter);
            return;
        } catch (RuntimeException refused) {
            if (refused instanceof GatewayException coded && coded.is(ErrorCode.BAD_USER_INPUT)) {
                problem(response, 400, "invalid-input", "Invalid input", ErrorCode.BAD_USER_INPUT,
                        "The filter was refused: " + refused.getMessage(), null);
            } else {
                problem(response, 503, "service-unavailable", "Service unavailable", ErrorCode.UPSTREAM_UNAVAILABLE,
                        "The export could not read the meetings: " + refused.getMessage(), null);
            }
            return;
        }
        response.setChunked(true);
        response.putHeader(HttpHeaders.CONTENT_TYPE, format.contentType);
        response.putHeader("Content-Disposition", "attachment; filename=\"" + format.fileName + "\"");
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (context.request().method() == HttpMethod.HEAD) {
            response.end();
            return;
        }
        ResponseStream body = new ResponseStream(response);
        try {
            if (format == Format.CSV) {
                writeCsv(pages, body);
            } else {
                new PopoloExport(services).write(pages, filter, ExportFilter.echo(parameters), body);
            }
            body.finish();
            response.end();
        } catch (IOException | RuntimeException failed) {
            Log.warnf("export %s stopped: %s", format.fileName, failed.toString());
            // the status is sent already: cut the connection so the client cannot take a partial file for a whole one
            response.reset();
        }
    }

    private void writeCsv(MeetingPages pages, ResponseStream body) throws IOException {
        Writer text = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        MeetingsCsv csv = new MeetingsCsv(text);
        try (JoinedPages joined = new JoinedPages(pages, PageJoins.Depth.TABLE, services)) {
            for (PageJoins page = joined.next(); page != null; page = joined.next()) {
                csv.write(page);
                csv.flush();
            }
        }
        csv.flush();
    }

    private static void problem(HttpServerResponse response, int status, String type, String title, ErrorCode code,
            String detail, String parameter) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "https://summitry.io/problems/" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code.name());
        if (parameter != null) {
            problem.putArray("errors").addObject().put("field", parameter).put("message", detail);
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(problem.toString());
    }
}
