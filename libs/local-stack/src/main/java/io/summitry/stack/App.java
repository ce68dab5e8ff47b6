package io.summitry.stack;

import java.nio.file.Path;

/** One of Summitry's runnable apps: its Maven module directory and, for a service, its database name. */
public enum App {
    PEOPLE("people-service", "people"),
    MEETINGS("meetings-service", "meetings"),
    GATEWAY("gateway", null);

    private final String module;
    private final String database;

    App(String module, String database) {
        this.module = module;
        this.database = database;
    }

    /** The module directory under the project root, also the name of its log file. */
    public String module() {
        return module;
    }

    /** The database this app owns, or null for the gateway, which owns none. */
    public String database() {
        return database;
    }

    /** The runnable jar that {@code ./mvnw package} builds for this app. */
    public Path jar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
