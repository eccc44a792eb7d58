package org.mcfed.deploy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's code expects of its deployment, read from the module itself: the config keys
 * it cannot start (or work) without, the HTTP port it listens on and its health endpoints.
 *
 * <p>A key is required when a {@code @ConfigMapping} method has no {@code @WithDefault}, is not
 * optional and application.properties gives it no value, or when application.properties refers to
 * it with an empty default ({@code ${mcfed.admin.password:}}): the service then runs without it
 * only in a degraded way. {@code mcfed.kafka.bootstrap} has a default that only fits one machine
 * ({@code localhost:9092}), so a deployment must always set it.
 */
record ServiceCode(String name, Path module, Set<String> requiredKeys, int httpPort, Set<String> healthPaths) {

    private static final Set<String> SINGLE_MACHINE_DEFAULTS = Set.of("mcfed.kafka.bootstrap");
    private static final Pattern EMPTY_DEFAULT_REF = Pattern.compile("\\$\\{([^:}]+):}");

    static ServiceCode read(Path repo, String service) {
        Path module = repo.resolve(service);
        Properties props = applicationProperties(module);
        Set<String> required = new TreeSet<>();
        for (Class<?> mapping : configMappings(module)) {
            required.addAll(requiredKeysOf(mapping));
        }
        required.removeIf(key -> !props.getProperty(key, "").isBlank());
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key);
            Matcher ref = EMPTY_DEFAULT_REF.matcher(value);
            if (!key.startsWith("%") && ref.matches()) {
                required.add(ref.group(1));
            } else if (!key.startsWith("%") && value.isBlank()) {
                required.add(key);
            }
        }
        required.addAll(SINGLE_MACHINE_DEFAULTS);
        int port = Integer.parseInt(props.getProperty("quarkus.http.port", "8080"));
        return new ServiceCode(service, module, required, port, healthPaths(module, props));
    }

    /** SmallRye Health's endpoints under the non-application root, if the module has the extension. */
    private static Set<String> healthPaths(Path module, Properties props) {
        if (!read(module.resolve("pom.xml")).contains("<artifactId>quarkus-smallrye-health</artifactId>")) {
            return Set.of();
        }
        String root = "/" + props.getProperty("quarkus.http.non-application-root-path", "q").replaceAll("^/|/$", "");
        String health = root + "/" + props.getProperty("quarkus.smallrye-health.root-path", "health").replaceAll("^/|/$", "");
        return Set.of(health, health + "/live", health + "/ready", health + "/started");
    }

    /** The keys of one {@code @ConfigMapping} interface that have no default and are not optional. */
    static Set<String> requiredKeysOf(Class<?> mapping) {
        Set<String> keys = new TreeSet<>();
        mappingKeys(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, keys);
        return keys;
    }

    private static void mappingKeys(String prefix, Class<?> type, Set<String> required) {
        for (Method m : type.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0
                    || m.isAnnotationPresent(WithDefault.class)) {
                continue;
            }
            Class<?> r = m.getReturnType();
            if (r == Optional.class || r == OptionalInt.class || r == OptionalLong.class || r == OptionalDouble.class
                    || Map.class.isAssignableFrom(r)) {
                continue;
            }
            String key = m.isAnnotationPresent(WithParentName.class) ? prefix
                    : prefix + "." + (m.isAnnotationPresent(WithName.class) ? m.getAnnotation(WithName.class).value() : kebab(m.getName()));
            if (r.isInterface() && !r.getName().startsWith("java.") && !Collection.class.isAssignableFrom(r)) {
                mappingKeys(key, r, required);
            } else {
                required.add(key);
            }
        }
    }

    private static String kebab(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Set<Class<?>> configMappings(Path module) {
        Path sources = module.resolve("src/main/java");
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (read(f).contains("@ConfigMapping(")) {
                    String name = sources.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
                    found.add(Class.forName(name, false, ServiceCode.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a @ConfigMapping of " + module + " is not on the test class path", e);
        }
        return found;
    }

    private static Properties applicationProperties(Path module) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
