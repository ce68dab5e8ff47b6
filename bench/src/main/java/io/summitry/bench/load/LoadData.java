package io.summitry.bench.load;

import java.util.Map;

import io.summitry.bench.Args;
import io.summitry.bench.data.Dataset;
import io.summitry.bench.data.Generator;
import io.summitry.bench.data.Scale;

/**
 * Command: generate a dataset and COPY it into the services' databases.
 * {@code --scale full|tiny|<factor> --seed N --people-jdbc URL --meetings-jdbc URL}
 */
public final class LoadData {

    private LoadData() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        Scale scale = Scale.named(args.getOrDefault("scale", "full"), Long.parseLong(args.getOrDefault("seed", "42")));
        long t0 = System.nanoTime();
        Dataset data = Generator.generate(scale);
        long generated = (System.nanoTime() - t0) / 1_000_000;
        DatasetLoader.Report report = DatasetLoader.load(data, Args.required(args, "people-jdbc"),
                Args.required(args, "meetings-jdbc"));
        System.out.printf("generated %s in %d ms; loaded %d rows in %d ms%n  %s%n", scale, generated, report.rows(),
                report.millis(), String.join("\n  ", report.tables()));
    }
}
