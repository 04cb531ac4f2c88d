package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The manifests quarkus-kubernetes generates at package time (target/kubernetes/kubernetes.yml): a Deployment
 * with health probes, resources and the pack-store volume, a Service, and an autoscaler aimed at the Deployment.
 */
class KubernetesManifestIT {

    private static final Path MANIFESTS = Path.of("target/kubernetes/kubernetes.yml");
    private static List<JsonNode> resources;

    @BeforeAll
    static void read() throws IOException {
        resources = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class).readValues(MANIFESTS.toFile())) {
            documents.forEachRemaining(resources::add);
        }
    }

    private static JsonNode only(String kind) {
        List<JsonNode> ofKind = resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
        assertThat(ofKind).as(kind).hasSize(1);
        return ofKind.get(0);
    }

    private static JsonNode container() {
        JsonNode containers = only("Deployment").at("/spec/template/spec/containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    @Test
    void probesAskTheHealthEndpoints() {
        JsonNode container = container();
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/readinessProbe/httpGet/port").asInt()).isEqualTo(8080);
    }

    @Test
    void resourcesAreRequestedAndLimited() {
        JsonNode resources = container().path("resources");
        assertThat(resources.at("/requests/cpu").asText()).isEqualTo("500m");
        assertThat(resources.at("/requests/memory").asText()).isEqualTo("512Mi");
        assertThat(resources.at("/limits/cpu").asText()).isEqualTo("2");
        assertThat(resources.at("/limits/memory").asText()).isEqualTo("1Gi");
    }

    @Test
    void theAutoscalerScalesTheDeploymentOnCpu() {
        JsonNode hpa = only("HorizontalPodAutoscaler");
        assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(only("Deployment").at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(2);
        assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThan(hpa.at("/spec/minReplicas").asInt());
        assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
    }

    @Test
    void theServiceSendsPort80ToTheContainer() {
        JsonNode port = only("Service").at("/spec/ports/0");
        assertThat(port.path("port").asInt()).isEqualTo(80);
        assertThat(port.path("targetPort").asInt()).isEqualTo(8080);
    }

    @Test
    void thePackStoreIsMountedFromASharedClaim() {
        assertThat(container().path("volumeMounts")).anySatisfy(mount -> {
            assertThat(mount.path("mountPath").asText()).isEqualTo("/var/lib/cpas-rules/packs");
            assertThat(mount.path("name").asText()).isEqualTo("packs");
        });
        JsonNode volumes = only("Deployment").at("/spec/template/spec/volumes");
        assertThat(volumes).anySatisfy(volume -> assertThat(volume.at("/persistentVolumeClaim/claimName").asText())
                .isEqualTo(only("PersistentVolumeClaim").at("/metadata/name").asText()));
        assertThat(only("PersistentVolumeClaim").at("/spec/accessModes/0").asText()).isEqualTo("ReadWriteMany");
    }

    @Test
    void batchesCopyTheirCaseloadToAPodLocalEmptyDirectory() {
        assertThat(container().path("volumeMounts")).anySatisfy(mount -> {
            assertThat(mount.path("mountPath").asText()).isEqualTo("/tmp");
            assertThat(mount.path("name").asText()).isEqualTo("caseloads");
        });
        assertThat(only("Deployment").at("/spec/template/spec/volumes")).anySatisfy(volume -> {
            assertThat(volume.path("name").asText()).isEqualTo("caseloads");
            assertThat(volume.has("emptyDir")).isTrue();
        });
        // Two caseloads of 2G at once (cpas.batch.max-concurrent, cpas.http.caseload-max-body-size): requested, never
        // limited (a pod over its limit is evicted).
        assertThat(container().at("/resources/requests/ephemeral-storage").asText()).isEqualTo("4Gi");
        assertThat(container().at("/resources/limits").has("ephemeral-storage")).isFalse();
    }
}
