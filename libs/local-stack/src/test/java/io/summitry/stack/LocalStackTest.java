package io.summitry.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a LocalStack refuses before it starts anything; the running stack is tested end to end by the launcher. */
class LocalStackTest {

    @Test
    void shouldNameThePortAlreadyInUse(@TempDir Path root) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> LocalStack.builder().projectRoot(root).app(App.GATEWAY, port).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port + " (gateway) is already in use");
        }
    }

    @Test
    void shouldNameTheMissingJar(@TempDir Path root) {
        assertThatThrownBy(() -> LocalStack.builder().projectRoot(root).app(App.PEOPLE, 0).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No jar for people-service")
                .hasMessageContaining("./mvnw -B package -Dmaven.test.skip=true -pl people-service -am")
                .hasMessageContaining(root.resolve("people-service/target/quarkus-app/quarkus-run.jar").toString());
    }

    @Test
    void shouldFindTheProjectRootAboveAModule(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("mvnw"), "#!/bin/sh\n");
        Files.writeString(root.resolve("pom.xml"), "<modules><module>gateway</module></modules>");
        Path module = Files.createDirectories(root.resolve("gateway/src"));

        assertThat(LocalStack.findProjectRoot(module)).isEqualTo(root.toAbsolutePath());
    }

    @Test
    void shouldRefuseADirectoryOutsideAnyProject(@TempDir Path dir) {
        assertThatThrownBy(() -> LocalStack.findProjectRoot(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No Summitry project root");
    }
}
