package org.mcfed.launcher.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registries of {@code deploy/sources.tsv} and the harvester configuration each deployment
 * derives from them, so that the source list is written once: the launcher renders its sandbox
 * sources from it, and {@link SourceListFiles} writes the compose, Kubernetes and real-registry files.
 */
public final class SourceList {

    /** Where the list is, relative to the repository. */
    public static final String FILE = "deploy/sources.tsv";

    private SourceList() {
    }

    public static List<RegistrySource> read(Path repo) {
        List<String> lines;
        try {
            lines = Files.readAllLines(repo.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the source list " + FILE, e);
        }
        List<RegistrySource> sources = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 4) {
                throw new IllegalArgumentException(FILE + ": '" + line + "' needs 4 tab-separated columns: name, connector, public site, cron");
            }
            sources.add(new RegistrySource(c[0], c[1], "-".equals(c[2]) ? null : URI.create(c[2]), "-".equals(c[3]) ? null : c[3]));
        }
        return sources;
    }

    /**
     * The {@code mcfed.sources.<name>.*} lines of one source: its connector, its base URL and the
     * given settings (schedule, rate limit, ...), in that order.
     */
    public static String properties(RegistrySource source, URI baseUrl, Map<String, String> settings) {
        String prefix = "mcfed.sources." + source.name() + ".";
        StringBuilder p = new StringBuilder()
                .append(prefix).append("connector=").append(source.connector()).append('\n')
                .append(prefix).append("base-url=").append(baseUrl).append('\n');
        settings.forEach((key, value) -> p.append(prefix).append(key).append('=').append(value).append('\n'));
        return p.toString();
    }

    /** Settings in the order given: {@code settings("schedule", "1h", "rate-limit", "50")}. */
    public static Map<String, String> settings(String... keyValues) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        return settings;
    }

    /** A source's base URL in a registry sandbox at {@code sandbox} (every source is a path of it). */
    public static URI inSandbox(String sandbox, RegistrySource source) {
        return URI.create(sandbox + "/" + source.name());
    }
}
