package io.summitry.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code --key value} and {@code --flag} command-line arguments. */
public final class Args {

    private Args() {
    }

    public static Map<String, String> parse(String[] argv) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option, got " + argv[i]);
            }
            String key = argv[i].substring(2);
            boolean hasValue = i + 1 < argv.length && !argv[i + 1].startsWith("--");
            args.put(key, hasValue ? argv[++i] : "true");
        }
        return args;
    }

    public static String required(Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + key);
        }
        return value;
    }
}
