package org.mcfed.deploy;

import java.util.List;
import java.util.Set;

/**
 * How one manifest runs a service: its image, the config keys it sets (as environment variables,
 * directly or from a ConfigMap or Secret, or in a mounted properties file named by
 * {@code QUARKUS_CONFIG_LOCATIONS}), the port it listens on and its probes.
 *
 * @param manifest      where it is declared, for messages ({@code deploy/k8s/harvester.yaml})
 * @param envNames      environment variable names set in the container
 * @param fileKeys      property keys of config files the service reads
 * @param listenPort    {@code QUARKUS_HTTP_PORT} when set, else null (the service's own default)
 * @param containerPort the container's declared port, null where the manifest declares none
 * @param probes        HTTP probes, each with its port resolved to a number
 */
record DeployedService(String manifest, String service, String image, Set<String> envNames, Set<String> fileKeys,
                       Integer listenPort, Integer containerPort, List<Probe> probes) {

    record Probe(String kind, String path, int port) {
    }

    /** Whether the deployment gives the service {@code key}: as a property or as its environment variable. */
    boolean sets(String key) {
        return fileKeys.contains(key) || envNames.contains(envName(key));
    }

    /** Quarkus's environment variable for a property: non-alphanumerics to '_', upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
