package org.mcfed.launcher.sources;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployments' source lists are what {@code deploy/sources.tsv} says, and a new line there reaches each of them. */
class SourceListFilesTest {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent().getParent();

    @Test
    void everyGeneratedSourceListIsCurrent() throws IOException {
        Map<String, String> expected = SourceListFiles.render(REPO);
        assertThat(expected).hasSize(3);
        for (Map.Entry<String, String> f : expected.entrySet()) {
            assertThat(Files.readString(REPO.resolve(f.getKey())))
                    .as("%s is stale: run deploy/generate-source-lists.sh", f.getKey())
                    .isEqualTo(f.getValue());
        }
    }

    @Test
    void theListNamesEveryRegistryOnce() {
        List<String> names = SourceList.read(REPO).stream().map(RegistrySource::name).toList();
        assertThat(names).contains("nzqa", "mqa", "microcred-seeker", "hkqr", "col-feed").doesNotHaveDuplicates();
    }

    @Test
    void aNewRegistryReachesComposeKubernetesAndTheRealRegistriesRun() {
        RegistrySource added = new RegistrySource("pqr", "col-feed", URI.create("https://registry.example"), "0 0 6 * * ?");
        List<RegistrySource> sources = List.of(added);

        assertThat(SourceListFiles.compose(sources))
                .contains("mcfed.sources.pqr.connector=col-feed\n")
                .contains("mcfed.sources.pqr.base-url=http://registry-sandbox:8090/pqr\n");
        assertThat(SourceListFiles.kubernetes(sources, "data:\n  application.properties: |\n    stale=line\n"))
                .contains("    mcfed.sources.pqr.base-url=https://registry.example\n")
                .contains("    mcfed.sources.pqr.schedule=0 0 6 * * ?\n")
                .doesNotContain("stale=line");
        assertThat(SourceListFiles.realRegistries(sources)).contains("mcfed.sources.pqr.base-url=https://registry.example\n");
    }

    @Test
    void aSandboxOnlyRegistryStaysOutOfTheRealDeployments() {
        RegistrySource sandboxOnly = new RegistrySource("col-feed", "col-feed", null, null);
        assertThat(SourceListFiles.compose(List.of(sandboxOnly))).contains("mcfed.sources.col-feed.connector=col-feed");
        assertThat(SourceListFiles.kubernetes(List.of(sandboxOnly), "  application.properties: |\n")).doesNotContain("col-feed");
        assertThat(SourceListFiles.realRegistries(List.of(sandboxOnly))).doesNotContain("col-feed");
    }
}
