package com.salesmachine.loadtest.run;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the simulation class asked for ({@code -Dgatling.simulationClass}) before Gatling tries to load it, so a name that is not a
 * simulation ends the run with one line and the bad-input exit code instead of Gatling's stack trace.
 * Gatling configures logging before it loads the class; logback-test.xml registers this check as a
 * context listener, the earliest hook the suite has in the forked Gatling JVM. Elsewhere (unit tests,
 * the report and compare commands) the property is absent and it does nothing.
 */
public final class SimulationClassCheck extends ContextAwareBase implements LoggerContextListener {
    public static final String PROPERTY = "gatling.simulationClass";
    static final String SIMULATIONS_PACKAGE = "com.salesmachine.loadtest.simulations";
    static final String PLUGIN_ARGS = "META-INF/args.txt";

    public SimulationClassCheck() {
        ClassLoader loader = SimulationClassCheck.class.getClassLoader();
        refusal(requested(loader).orElse(null), loader).ifPresent(line -> {
            System.err.println(line);
            System.err.flush();
            BadInputMarker.write(line);
            System.exit(com.salesmachine.loadtest.config.ExitCodes.BAD_INPUT);
        });
    }

    /**
     * The simulation the forked JVM was asked to run: the plugin passes it to Gatling as {@code -s <class>}
     * in {@code META-INF/args.txt} of its booter jar, not as a system property.
     */
    static Optional<String> requested(ClassLoader loader) {
        try (var in = loader.getResourceAsStream(PLUGIN_ARGS)) {
            if (in == null) {
                return Optional.empty();
            }
            return fromArgs(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> fromArgs(List<String> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-s") || args.get(i).equals("--simulation")) {
                return Optional.of(args.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The refusal line for {@code className}, or empty when it is unset or a simulation class. */
    static Optional<String> refusal(String className, ClassLoader loader) {
        if (className == null || className.isBlank()) {
            return Optional.empty();
        }
        String name = className.trim();
        try {
            Class<?> found = Class.forName(name, false, loader);
            Class<?> simulation = Class.forName("io.gatling.javaapi.core.Simulation", false, loader);
            if (simulation.isAssignableFrom(found)) {
                return Optional.empty();
            }
            return Optional.of("ERROR " + PROPERTY + ": '" + name
                    + "' is a class but not a Gatling simulation; use one of " + known(loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("ERROR " + PROPERTY + ": '" + name
                    + "' is not a simulation class of this project; use one of " + known(loader));
        }
    }

    /** The project's simulations, by full name. */
    static String known(ClassLoader loader) {
        URL folder = loader.getResource(SIMULATIONS_PACKAGE.replace('.', '/'));
        List<String> names = List.of();
        if (folder != null && folder.getProtocol().equals("file")) {
            try {
                File[] files = new File(folder.toURI()).listFiles((dir, f) -> f.endsWith("Simulation.class"));
                names = files == null
                        ? List.of()
                        : Arrays.stream(files)
                                .map(f ->
                                        SIMULATIONS_PACKAGE + "." + f.getName().replace(".class", ""))
                                .sorted()
                                .toList();
            } catch (URISyntaxException | IllegalArgumentException e) {
                names = List.of();
            }
        }
        return names.isEmpty()
                ? "the classes under " + SIMULATIONS_PACKAGE
                : names.stream().collect(Collectors.joining(", "));
    }

    @Override
    public boolean isResetResistant() {
        return false;
    }

    @Override
    public void onStart(LoggerContext context) {}

    @Override
    public void onReset(LoggerContext context) {}

    @Override
    public void onStop(LoggerContext context) {}

    @Override
    public void onLevelChange(ch.qos.logback.classic.Logger logger, Level level) {}
}
