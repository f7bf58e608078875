package com.salesmachine.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suite's house rules (docs/LAYOUT.md), read from its sources: no import cycle among its packages
 * (tests and test-only helpers aside), simulations a page long, and one HTTP client outside the load.
 */
class ArchitectureTest {
    private static final Path SUITE = Path.of("src/test/java/com/salesmachine/loadtest");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?com\\.salesmachine\\.loadtest\\.(\\w+)\\.", Pattern.MULTILINE);
    /** Packages outside the suite's layers: the stand-in's tests, and main-code packages shared with it. */
    private static final Set<String> OUTSIDE = Set.of("standin", "settings", "testusers", "testing");

    @Test
    void thePackagesImportEachOtherWithoutACycle() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (Path file : mainSources()) {
            String pkg = SUITE.relativize(file).getName(0).toString();
            if (OUTSIDE.contains(pkg) || SUITE.relativize(file).getNameCount() == 1) {
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals(pkg) && !OUTSIDE.contains(m.group(1))) {
                    imports.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
                }
            }
            imports.computeIfAbsent(pkg, k -> new TreeSet<>());
        }
        assertTrue(imports.size() >= 10, "expected the suite's packages, found " + imports.keySet());
        assertEquals(List.of(), cycles(imports), "import cycles among the suite's packages: " + imports);
    }

    @Test
    void everySimulation_isAPage() throws IOException {
        try (Stream<Path> files = Files.list(SUITE.resolve("simulations"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Simulation.java")).toList()) {
                long lines = Files.readAllLines(file).size();
                assertTrue(
                        lines <= 110,
                        file.getFileName() + " has " + lines + " lines; move what is not setup,"
                                + " journey or assertions into its capability package");
            }
        }
    }

    @Test
    void onlyTheOutboundClient_speaksHttpOutsideTheLoad() throws IOException {
        var users = new ArrayList<String>();
        for (Path file : mainSources()) {
            String rel = SUITE.relativize(file).toString();
            if (!rel.startsWith("standin/")
                    && !rel.startsWith("testing/")
                    && Files.readString(file).contains("java.net.http")) {
                users.add(rel);
            }
        }
        assertEquals(List.of("outbound/Outbound.java"), users);
    }

    /** The suite's sources that are not tests. */
    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(SUITE)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().matches(".*(Test|IT|Probe)\\.java"))
                    .sorted()
                    .toList();
        }
    }

    /** Every strongly connected group of more than one package (Tarjan's algorithm). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        var index = new HashMap<String, Integer>();
        var low = new HashMap<String, Integer>();
        Deque<String> stack = new ArrayDeque<>();
        var onStack = new HashSet<String>();
        var found = new ArrayList<Set<String>>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, found, counter);
            }
        }
        return found;
    }

    private static void connect(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<Set<String>> found,
            int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, found, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            var group = new TreeSet<String>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                found.add(group);
            }
        }
    }

    @Test
    void theCycleFinder_findsACycle() {
        var graph = Map.<String, Set<String>>of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
    }
}
