package io.summitry.bench.check;

import java.net.URI;
import java.util.Map;

import io.summitry.bench.Args;
import io.summitry.bench.query.GraphQlClient;

/**
 * Command: send every front-end query through a running gateway and compare the answers with the databases.
 * {@code --graphql URL --people-jdbc URL --meetings-jdbc URL [--page-size 20]}; exits 1 on any difference.
 */
public final class CheckAnswers {

    private CheckAnswers() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        try (Db db = new Db(Args.required(args, "people-jdbc"), Args.required(args, "meetings-jdbc"))) {
            AnswerChecker checker = new AnswerChecker(db, new GraphQlClient(URI.create(Args.required(args, "graphql"))),
                    Integer.parseInt(args.getOrDefault("page-size", "20")));
            checker.checkAll().forEach(c -> System.out.println("checked " + c.label()));
            checker.findings().forEach(System.out::println);
            if (!checker.findings().isEmpty()) {
                System.exit(1);
            }
        }
    }
}
