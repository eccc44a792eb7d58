package org.mcfed.launcher.sources;

import java.net.URI;

/**
 * One line of {@code deploy/sources.tsv}: a registry mcfed harvests.
 *
 * @param name        the source name ({@code mcfed.sources.<name>.*}), also its path in the sandbox
 * @param connector   the connector that reads it
 * @param publicSite  the registry's public site, or null when it is harvested from the sandbox only
 * @param nightlyCron when the Kubernetes deployment harvests it, or null when it is not deployed there
 */
public record RegistrySource(String name, String connector, URI publicSite, String nightlyCron) {
}
