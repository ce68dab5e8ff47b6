import java.nio.file.Path;

import io.summitry.postgres.LocalPostgres;

/** Starts an embedded PostgreSQL with the people and meetings databases for measure-memory.sh; runs until killed. */
public class MeasurePostgres {
    public static void main(String[] args) throws Exception {
        LocalPostgres postgres = LocalPostgres.start(args.length > 0 ? Path.of(args[0]) : null, 0);
        postgres.createDatabaseIfAbsent("people");
        postgres.createDatabaseIfAbsent("meetings");
        System.out.println("PORT=" + postgres.port());
        Thread.sleep(Long.MAX_VALUE);
    }
}
