package io.summitry.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What the local run is told on its command line, with defaults from the environment. */
public record LauncherOptions(Path projectRoot, Path dataDirectory, int gatewayPort, int peoplePort,
        int meetingsPort, int postgresPort, Path seedFile, boolean seed, String token, Duration readyTimeout,
        boolean keycloak) {

    /** Without a local Keycloak. */
    public LauncherOptions(Path projectRoot, Path dataDirectory, int gatewayPort, int peoplePort, int meetingsPort,
            int postgresPort, Path seedFile, boolean seed, String token, Duration readyTimeout) {
        this(projectRoot, dataDirectory, gatewayPort, peoplePort, meetingsPort, postgresPort, seedFile, seed, token,
                readyTimeout, false);
    }

    static final String USAGE = """
            Usage: ./summitry [options]
              --gateway-port N    GraphQL gateway port (default 8080, env SUMMITRY_GATEWAY_PORT)
              --people-port N     people-service port (default 8081, env SUMMITRY_PEOPLE_PORT)
              --meetings-port N   meetings-service port (default 8082, env SUMMITRY_MEETINGS_PORT)
              --postgres-port N   PostgreSQL port, 0 = any free one (default 0, env SUMMITRY_POSTGRES_PORT)
              --data DIR          where the database and the logs are kept (default .data)
              --seed FILE         the seed dataset to load (default seed/trilateral-defense.yaml)
              --no-seed           do not load the seed dataset
              --token TOKEN       bearer token for the seed's mutations, if the gateway asks for one
                                  (env SUMMITRY_TOKEN)
              --ready-timeout S   seconds each app may take to start (default 60, env SUMMITRY_READY_TIMEOUT)
              --keycloak          also run a local Keycloak with the project's summitry realm (users ada and rex)
                                  and trust its tokens beside the editor token; needs Java 21+
              --help              this text
            Any port option may be 0 for a free port.
            The PostgreSQL binaries are extracted once into SUMMITRY_POSTGRES_CACHE (default: summitry-postgres in the
            temporary folder).
            """;

    /** Parses the arguments; relative paths are taken from the project root. */
    static LauncherOptions parse(String[] args, Map<String, String> env, Path projectRoot) {
        Path data = projectRoot.resolve(".data");
        Path seedFile = projectRoot.resolve("seed/trilateral-defense.yaml");
        int gateway = port(env.getOrDefault("SUMMITRY_GATEWAY_PORT", "8080"), "SUMMITRY_GATEWAY_PORT");
        int people = port(env.getOrDefault("SUMMITRY_PEOPLE_PORT", "8081"), "SUMMITRY_PEOPLE_PORT");
        int meetings = port(env.getOrDefault("SUMMITRY_MEETINGS_PORT", "8082"), "SUMMITRY_MEETINGS_PORT");
        int postgres = port(env.getOrDefault("SUMMITRY_POSTGRES_PORT", "0"), "SUMMITRY_POSTGRES_PORT");
        boolean seed = true;
        boolean keycloak = false;
        String token = env.get("SUMMITRY_TOKEN");
        int readySeconds = seconds(env.getOrDefault("SUMMITRY_READY_TIMEOUT", "60"), "SUMMITRY_READY_TIMEOUT");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--gateway-port" -> gateway = port(value(args, ++i, arg), arg);
                case "--people-port" -> people = port(value(args, ++i, arg), arg);
                case "--meetings-port" -> meetings = port(value(args, ++i, arg), arg);
                case "--postgres-port" -> postgres = port(value(args, ++i, arg), arg);
                case "--data" -> data = projectRoot.resolve(value(args, ++i, arg));
                case "--seed" -> seedFile = projectRoot.resolve(value(args, ++i, arg));
                case "--no-seed" -> seed = false;
                case "--keycloak" -> keycloak = true;
                case "--token" -> token = value(args, ++i, arg);
                case "--ready-timeout" -> readySeconds = seconds(value(args, ++i, arg), arg);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        return new LauncherOptions(projectRoot, data, gateway, people, meetings, postgres, seedFile, seed, token,
                Duration.ofSeconds(readySeconds), keycloak);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int seconds(String value, String option) {
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive number of seconds, not '" + value + "'");
    }

    private static int port(String value, String option) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a port number from 0 to 65535, not '" + value + "'");
    }
}
