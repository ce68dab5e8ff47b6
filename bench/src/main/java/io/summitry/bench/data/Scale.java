package io.summitry.bench.data;

/** How much data the generator makes; the same seed and scale always give the same rows. */
public record Scale(long seed, int meetings, int people, int organizations, int positions, int participants,
        int series, int sources, int statements) {

    /** The figures: 100k meetings, 20k people, 2k organizations, 40k positions, 500k participants. */
    public static Scale full(long seed) {
        return new Scale(seed, 100_000, 20_000, 2_000, 40_000, 500_000, 400, 20_000, 50_000);
    }

    /** Small enough for a test that loads and checks everything in seconds. */
    public static Scale tiny(long seed) {
        return new Scale(seed, 200, 120, 30, 240, 1_000, 6, 60, 150);
    }

    /** A named scale: {@code full}, {@code tiny}, or a factor of full such as {@code 0.1}. */
    public static Scale named(String name, long seed) {
        return switch (name) {
            case "full" -> full(seed);
            case "tiny" -> tiny(seed);
            default -> {
                double f = Double.parseDouble(name);
                Scale s = full(seed);
                yield new Scale(seed, scaled(s.meetings, f), scaled(s.people, f), scaled(s.organizations, f),
                        scaled(s.positions, f), scaled(s.participants, f), scaled(s.series, f), scaled(s.sources, f),
                        scaled(s.statements, f));
            }
        };
    }

    private static int scaled(int n, double factor) {
        return Math.max(5, (int) Math.round(n * factor));
    }
}
