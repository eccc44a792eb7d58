package org.mcfed.index.bench;

import java.nio.file.Path;

/**
 * Builds the search benchmark's indexes ahead of a run (the service's and, with its classpath, the
 * Solr peer's), which at 1,000,000 records take longer than the run itself:
 * {@code java -cp ... org.mcfed.index.bench.BenchPrepare records work-folder [solr peer classpath]}.
 */
public final class BenchPrepare {

    private BenchPrepare() {
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]).toAbsolutePath();
        BenchIndex.build(work.resolve("index"), records);
        try (Peers ignored = Peers.start(work, records, args.length > 2 ? args[2] : null)) {
            System.out.println("prepared " + work);
        }
    }
}
