package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;

/**
 * Monitoring that finds its targets and says something: every PodMonitor and the PrometheusRule carry the label the
 * site's Prometheus selects by, the rules cover what an operator must hear of (CloudNativePG's recommended alerts and
 * the apps' error rate, latency, open breakers and change-stream lag), and every rule and dashboard query parses as
 * PromQL (Prometheus's own grammar) and reads only metrics that exist.
 */
class MonitoringTest {
    private static final Path TOOL = Overlay.moduleDir().resolve("tools/models");
    /** CloudNativePG's sample PrometheusRule: the alerts it recommends, by what they watch. */
    private static final List<String> CNPG_RECOMMENDED = List.of("cnpg_backends_max_tx_duration_seconds",
            "cnpg_backends_waiting_total", "cnpg_pg_database_xid_age", "cnpg_pg_replication_lag",
            "cnpg_pg_replication_is_wal_receiver_up", "cnpg_pg_stat_archiver_last_failed_time",
            "cnpg_pg_stat_database_deadlocks");
    /**
     * Metrics the gateway publishes that the root README does not list (yet): SmallRye Fault Tolerance's breaker
     * counter, and the change stream's lag gauges, named by the gateway's change-stream work.
     */
    private static final Set<String> APP_METRICS_NOT_IN_README = Set.of("ft_circuitbreaker_opened_total",
            "summitry_change_stream_lag_seconds", "summitry_change_stream_lag_revisions");

    @Test
    void shouldLabelEveryMonitorAndRuleForTheSitesPrometheus() {
        String release = Project.site().getProperty("prometheusRelease");
        List<HasMetadata> selected = new ArrayList<>(Overlay.PROD.all(PodMonitor.class));
        selected.addAll(Overlay.PROD.all(PrometheusRule.class));

        assertThat(selected).as("PodMonitors and PrometheusRules").hasSizeGreaterThanOrEqualTo(4);
        assertThat(selected).allSatisfy(object -> assertThat(object.getMetadata().getLabels())
                .as("%s %s", object.getKind(), object.getMetadata().getName()).containsEntry("release", release));
    }

    @Test
    void shouldAlertOnCloudNativePgsRecommendationsAndTheAppsOwnSignals() {
        String expressions = String.join("\n", rules().stream().map(rule -> rule.getExpr().getStrVal()).toList());

        assertThat(expressions).contains(CNPG_RECOMMENDED);
        assertThat(expressions).as("error rate").contains("status=~\"5..\"", "outcome=\"error\"");
        assertThat(expressions).as("p99 latency, from the buckets the apps publish (libs/latency-buckets)")
                .contains("histogram_quantile(0.99", "http_server_requests_seconds_bucket")
                .as("no mean standing in for the p99").doesNotContain("http_server_requests_seconds_sum");
        assertThat(expressions).as("breaker open").contains("ft_circuitbreaker_opened_total");
        assertThat(expressions).as("change-stream lag").contains("summitry_change_stream_lag_seconds",
                "summitry_change_stream_lag_revisions");
        assertThat(rules()).allSatisfy(rule -> {
            assertThat(rule.getLabels()).as(rule.getAlert()).containsKey("severity");
            assertThat(rule.getAnnotations()).as(rule.getAlert()).containsKey("summary");
        });
    }

    @Test
    void shouldShipTheGatewaysGraphQlDashboardToGrafana() throws Exception {
        ConfigMap dashboards = Overlay.PROD.one(ConfigMap.class, "summitry-gateway-dashboard");
        JsonNode dashboard = new ObjectMapper().readTree(dashboards.getData().get("gateway-graphql.json"));

        assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        List<String> queries = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
        assertThat(String.join("\n", queries)).contains("graphql_operation_seconds_count",
                "graphql_operation_errors_total", "graphql_operation_downstream_calls_sum");
        assertThat(queries).as("p99 per operation and per app, from buckets")
                .anySatisfy(query -> assertThat(query).startsWith("histogram_quantile(0.99")
                        .contains("sum by (operation, le)", "graphql_operation_seconds_bucket"))
                .anySatisfy(query -> assertThat(query).startsWith("histogram_quantile(0.99")
                        .contains("sum by (app_kubernetes_io_name, le)", "http_server_requests_seconds_bucket"))
                .noneSatisfy(query -> assertThat(query).contains("graphql_operation_seconds_sum"));
    }

    @Test
    void shouldParseEveryQueryAndReadOnlyMetricsThatExist() throws Exception {
        String output = promql(Overlay.yaml(Overlay.rendered("monitoring")));
        Set<String> metrics = new TreeSet<>();
        for (String line : output.lines().filter(line -> line.startsWith("OK ")).toList()) {
            String[] parts = line.split(" ");
            if (parts.length > 2) {
                metrics.addAll(Arrays.asList(parts[2].split(",")));
            }
        }
        String readme = Project.read(Project.root().resolve("README.md"));

        assertThat(output).as("every rule and panel parses").containsPattern("(?m)^\\d+ passed, 0 failed$")
                .doesNotContain("SYNTAX");
        assertThat(metrics).as("metrics read").hasSizeGreaterThan(10);
        for (String metric : metrics) {
            if (metric.startsWith("cnpg_") || APP_METRICS_NOT_IN_README.contains(metric)) {
                continue;
            }
            String family = metric.replaceAll("_(count|sum|max|bucket)$", "");
            assertThat(readme).as("%s: a metric the root README's \"Operating Summitry\" lists", metric)
                    .contains(family);
        }
    }

    @Test
    void shouldReportAQueryThatDoesNotParse() throws Exception {
        String broken = """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: broken
                spec:
                  groups:
                    - name: g
                      rules:
                        - alert: Broken
                          expr: sum(rate(http_server_requests_seconds_count[5m]) by
                """;

        assertThat(promql(broken)).contains("SYNTAX rule:Broken").contains("0 passed, 1 failed");
    }

    private static List<Rule> rules() {
        return Overlay.PROD.all(PrometheusRule.class).stream()
                .flatMap(rule -> rule.getSpec().getGroups().stream())
                .flatMap(group -> group.getRules().stream())
                .toList();
    }

    private static String promql(String yaml) throws Exception {
        Tools.require("node", "--version");
        Tools.npmCi(TOOL);
        Path file = Files.createTempFile("monitoring", ".yaml");
        Files.writeString(file, yaml);
        return Tools.run(TOOL, List.of("node", "promql.mjs", file.toString())).output();
    }
}
