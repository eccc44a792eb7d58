package org.mcfed.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A run folder (data and logs of one launcher run) that a benchmark or test starts from empty. */
public final class RunDirectory {

    private RunDirectory() {
    }

    /** Deletes the folder and everything in it, if it exists. */
    public static void clear(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
