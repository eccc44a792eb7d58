package org.mcfed.connector.http;

import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM's proxy choice ({@link ProxySelector#getDefault()}: {@code http.proxyHost}, {@code http.nonProxyHosts} and
 * the like) for each origin a transport requests, asked at the origin's first request and kept: asking on every
 * request, as {@code HttpURLConnection} does after parsing the URL into a URI again, was 2.6 % of the harvester's CPU
 * in a profile of the benchmark (BENCHMARKS.md, 2026-12-05, twentieth session). The selector's first choice is kept.
 */
final class OriginProxies {

    /** The proxy (or {@link Proxy#NO_PROXY}) of each origin ({@code scheme://authority}) requested so far. */
    private final Map<String, Proxy> proxies = new ConcurrentHashMap<>();

    /** The selector's first choice for the URL's origin. */
    Proxy of(URI url) {
        return proxies.computeIfAbsent(url.getScheme() + "://" + url.getRawAuthority(), origin -> {
            ProxySelector selector = ProxySelector.getDefault();
            List<Proxy> choices = selector == null ? null : selector.select(url);
            return choices == null || choices.isEmpty() ? Proxy.NO_PROXY : choices.get(0);
        });
    }
}
