package io.summitry.gateway.observability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny OTLP/HTTP trace receiver for tests: the services started by the gateway's tests export their spans here
 * ({@code http/protobuf}), and a test reads them back. Decodes only the span fields the tests look at.
 */
public final class OtlpReceiver {

    /** A span as a service exported it. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            int kind) {

        static final int SERVER = 2;
        static final int CLIENT = 3;
    }

    private static OtlpReceiver shared;

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    private OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    /** The receiver of this test JVM, started on first use. */
    public static synchronized OtlpReceiver shared() {
        if (shared == null) {
            try {
                shared = new OtlpReceiver();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The OTLP endpoint to configure ({@code quarkus.otel.exporter.otlp.endpoint}). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ReceivedSpan> spans(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            decodeRequest(body);
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        } finally {
            exchange.close();
        }
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    private void decodeRequest(byte[] request) {
        for (Field field : Field.all(request)) {
            if (field.number == 1) {
                decodeResourceSpans(field.bytes);
            }
        }
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    private void decodeResourceSpans(byte[] resourceSpans) {
        String service = "";
        for (Field field : Field.all(resourceSpans)) {
            if (field.number == 1) {
                service = serviceName(field.bytes);
            }
        }
        for (Field field : Field.all(resourceSpans)) {
            if (field.number == 2) {
                for (Field span : Field.all(field.bytes)) {
                    if (span.number == 2) {
                        spans.add(decodeSpan(service, span.bytes));
                    }
                }
            }
        }
    }

    // Resource { repeated KeyValue attributes = 1; }  KeyValue { string key = 1; AnyValue value = 2; }
    private static String serviceName(byte[] resource) {
        for (Field attribute : Field.all(resource)) {
            if (attribute.number != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : Field.all(attribute.bytes)) {
                if (part.number == 1) {
                    key = part.text();
                } else if (part.number == 2) {
                    value = Field.all(part.bytes).stream().filter(f -> f.number == 1).map(Field::text).findFirst()
                            .orElse(null);
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return "";
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; SpanKind kind = 6; }
    private static ReceivedSpan decodeSpan(String service, byte[] span) {
        String traceId = "";
        String spanId = "";
        String parentSpanId = "";
        String name = "";
        int kind = 0;
        for (Field field : Field.all(span)) {
            switch (field.number) {
                case 1 -> traceId = field.hex();
                case 2 -> spanId = field.hex();
                case 4 -> parentSpanId = field.hex();
                case 5 -> name = field.text();
                case 6 -> kind = (int) field.varint;
                default -> {
                }
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parentSpanId, name, kind);
    }

    /** One field of a protobuf message: a varint or a length-delimited value. */
    private record Field(int number, long varint, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String hex() {
            return HexFormat.of().formatHex(bytes);
        }

        static List<Field> all(byte[] message) {
            List<Field> fields = new ArrayList<>();
            int[] at = { 0 };
            while (at[0] < message.length) {
                long tag = readVarint(message, at);
                int number = (int) (tag >>> 3);
                switch ((int) (tag & 7)) {
                    case 0 -> fields.add(new Field(number, readVarint(message, at), new byte[0]));
                    case 1 -> at[0] += 8;
                    case 2 -> {
                        int length = (int) readVarint(message, at);
                        byte[] value = Arrays.copyOfRange(message, at[0], at[0] + length);
                        at[0] += length;
                        fields.add(new Field(number, 0, value));
                    }
                    case 5 -> at[0] += 4;
                    default -> throw new IllegalArgumentException("Unsupported wire type in " + tag);
                }
            }
            return fields;
        }

        private static long readVarint(byte[] message, int[] at) {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = message[at[0]++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("Malformed varint");
        }
    }
}
