package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;

/**
 * Images: named once, dev's in its kustomize images: block, prod's in site/site.env, by release version in prod, and
 * kept on a node (IfNotPresent) only when the reference cannot point to other bits later.
 */
class ImagesTest {
    private static final List<String> APPS = List.of("gateway", "people-service", "meetings-service");
    /** A release version tag (1.0.0, 17.6): what a release process never moves. */
    private static final Pattern RELEASE_TAG = Pattern.compile(":\\d+\\.\\d+(\\.\\d+)?$");
    private static final Pattern DIGEST = Pattern.compile("@sha256:[0-9a-f]{64}$");

    @Test
    void shouldNameEveryAppImageInDevsImagesBlock() {
        JsonNode images = Project.kustomization(Overlay.DEV.apps()).path("images");
        List<String> named = new ArrayList<>();
        images.forEach(image -> named.add(image.path("name").asText()));

        assertThat(named).as("images: of %s", Overlay.DEV.apps())
                .containsExactlyInAnyOrderElementsOf(APPS.stream().map(app -> "docker.io/summitry/" + app).toList());
    }

    @Test
    void shouldRunTheImagesTheSiteFileNamesInProd() {
        java.util.Properties site = Project.site();
        Map<String, String> keys = Map.of("gateway", "gatewayImage", "people-service", "peopleServiceImage",
                "meetings-service", "meetingsServiceImage");

        assertThat(Project.kustomization(Overlay.PROD.apps()).has("images"))
                .as("prod's images are named in site/site.env only").isFalse();
        keys.forEach((app, key) -> assertThat(container(Overlay.PROD, app).getImage()).as("prod %s", app)
                .isEqualTo(site.getProperty(key)));
    }

    @Test
    void shouldRunTheReleaseVersionFromTheSitesRegistryInProd() {
        for (String app : APPS) {
            String image = container(Overlay.PROD, app).getImage();
            String reference = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
            assertThat(reference).as("prod image of %s", app)
                    .endsWith("/summitry/" + app + ":" + Project.releaseVersion())
                    .doesNotStartWith("docker.io/summitry/");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldKeepAnImageOnTheNodeOnlyWhenItsReferenceIsImmutable(Overlay overlay) {
        for (Workload workload : Workload.of(overlay)) {
            for (Container container : workload.template().getSpec().getContainers()) {
                String image = container.getImage();
                String policy = container.getImagePullPolicy();
                assertThat(policy).as("%s %s: imagePullPolicy set explicitly", workload, image).isNotNull();
                if (policy.equals("IfNotPresent")) {
                    assertThat(DIGEST.matcher(image).find() || RELEASE_TAG.matcher(image).find())
                            .as("%s runs %s with IfNotPresent: only a digest or a release version may be kept on "
                                    + "a node, a mutable tag would keep stale bits", workload, image)
                            .isTrue();
                }
                assertThat(image).as("%s: no floating tag", workload).doesNotEndWith(":latest").contains(":");
            }
        }
    }

    @Test
    void shouldNeverPullDevsSnapshotImages() {
        for (String app : APPS) {
            Container container = container(Overlay.DEV, app);
            assertThat(container.getImage()).endsWith(":" + Project.version());
            assertThat(container.getImagePullPolicy()).as("dev %s: a -SNAPSHOT tag is mutable and unpublished", app)
                    .isEqualTo("Never");
        }
    }

    static Container container(Overlay overlay, String app) {
        return Workload.named(overlay, app).template().getSpec().getContainers().get(0);
    }
}
