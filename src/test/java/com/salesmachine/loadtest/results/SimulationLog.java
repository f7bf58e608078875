package com.salesmachine.loadtest.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One decoded {@code simulation.log}: its run record, the run's bounds, and its records in file
 * order. The records are kept as columns of ints (17 bytes a record, less than the 26 or more the
 * log itself takes): Gatling's statistics need the run's end before the first record goes in, and
 * keeping the records is what lets the file be read once.
 */
final class SimulationLog {
    /** The log's first record. */
    record Run(String gatlingVersion, String simulationClass, long start, String description, List<String> scenarios) {}

    /** A request's name and the groups it ran in, outermost first. */
    record RequestName(List<String> groups, String name) {}

    /**
     * A replay of the records, one call each, in file order; times are epoch milliseconds, and
     * names are indices into {@link #scenarios}, {@link #requestNames}, {@link #groups} and
     * {@link #messages}.
     */
    interface Visitor {
        void user(int scenario, boolean start, long timestamp);

        void request(int name, long start, long end, boolean ok, int message);

        void group(int group, long start, long end, int cumulatedResponseTime, boolean ok);

        void error(int message, long timestamp);
    }

    static final byte USER_START = 0;
    static final byte USER_END = 1;
    static final byte REQUEST_OK = 2;
    static final byte REQUEST_KO = 3;
    static final byte GROUP_OK = 4;
    static final byte GROUP_KO = 5;
    static final byte ERROR = 6;

    final Path file;
    final Run run;
    final List<String> scenarios;
    final List<RequestName> requestNames;
    final List<List<String>> groups;
    final List<String> messages;
    /** As Gatling's reader has them: the earliest user or request start, the latest time of any record. */
    final long injectStart;

    final long injectEnd;
    /** True when the file ended inside a record; the records before it are here. */
    final boolean truncated;

    private final Columns columns;

    SimulationLog(
            Path file,
            Run run,
            List<RequestName> requestNames,
            List<List<String>> groups,
            List<String> messages,
            Columns columns,
            boolean truncated) {
        this.file = file;
        this.run = run;
        this.scenarios = run.scenarios();
        this.requestNames = requestNames;
        this.groups = groups;
        this.messages = messages;
        this.columns = columns;
        this.injectStart = columns.injectStart;
        this.injectEnd = columns.injectEnd;
        this.truncated = truncated;
    }

    int records() {
        return columns.size;
    }

    void replay(Visitor visitor) {
        columns.replay(run.start(), visitor);
    }

    /** The records, with their names, handed to {@code sink}. */
    void replay(RecordSink sink) {
        replay(named(requestNames, groups, sink));
    }

    /** A visitor that hands each record to {@code sink} with its names from these lists. */
    static Visitor named(List<RequestName> requestNames, List<List<String>> groups, RecordSink sink) {
        return new Visitor() {
            @Override
            public void user(int scenario, boolean start, long timestamp) {
                sink.user(start, timestamp);
            }

            @Override
            public void request(int name, long start, long end, boolean ok, int message) {
                RequestName n = requestNames.get(name);
                String path = n.groups().isEmpty() ? n.name() : String.join(" / ", n.groups()) + " / " + n.name();
                sink.request(path, start, end, ok);
            }

            @Override
            public void group(int group, long start, long end, int cumulatedResponseTime, boolean ok) {
                sink.group(String.join(" / ", groups.get(group)), start, end, ok);
            }

            @Override
            public void error(int message, long timestamp) {}
        };
    }

    /**
     * The logs of several injectors of one run (shards) as one log: the earliest run start, the
     * scenarios, names, groups and messages of all (each once), every record of each, its times
     * unchanged. Gatling's statistics count by time, not by file order, so shard after shard reads as
     * one log would. Refused when the logs are of different Gatling versions or simulations.
     */
    static SimulationLog merge(Path file, List<SimulationLog> logs) {
        if (logs.isEmpty()) {
            throw new IllegalArgumentException("no logs to merge");
        }
        SimulationLog first = logs.get(0);
        long start = Long.MAX_VALUE;
        for (SimulationLog log : logs) {
            if (!log.run.gatlingVersion().equals(first.run.gatlingVersion())
                    || !log.run.simulationClass().equals(first.run.simulationClass())) {
                throw new UnusableInputException(log.file + " is a log of " + log.run.simulationClass() + " (Gatling "
                        + log.run.gatlingVersion() + "), " + first.file + " of " + first.run.simulationClass()
                        + " (Gatling " + first.run.gatlingVersion() + "); only one run's shards merge");
            }
            start = Math.min(start, log.run.start());
        }
        var scenarios = new Index<String>();
        var names = new Index<RequestName>();
        var groups = new Index<List<String>>();
        var messages = new Index<String>();
        var columns = new Columns();
        boolean truncated = false;
        for (SimulationLog log : logs) {
            int[] scenario = scenarios.addAll(log.scenarios);
            int[] name = names.addAll(log.requestNames);
            int[] group = groups.addAll(log.groups);
            int[] message = messages.addAll(log.messages);
            long t0 = start;
            log.replay(new Visitor() {
                @Override
                public void user(int s, boolean begins, long timestamp) {
                    columns.user(scenario[s], begins, (int) (timestamp - t0), t0);
                }

                @Override
                public void request(int n, long from, long to, boolean ok, int m) {
                    columns.request(name[n], (int) (from - t0), (int) (to - t0), ok, message[m], t0);
                }

                @Override
                public void group(int g, long from, long to, int cumulatedResponseTime, boolean ok) {
                    columns.group(group[g], (int) (from - t0), (int) (to - t0), cumulatedResponseTime, ok, t0);
                }

                @Override
                public void error(int m, long timestamp) {
                    columns.error(message[m], (int) (timestamp - t0));
                }
            });
            truncated |= log.truncated;
        }
        var run = new Run(
                first.run.gatlingVersion(),
                first.run.simulationClass(),
                start,
                first.run.description(),
                scenarios.items());
        return new SimulationLog(file, run, names.items(), groups.items(), messages.items(), columns, truncated);
    }

    /** Items numbered in the order first seen. */
    private static final class Index<T> {
        private final Map<T, Integer> numbers = new LinkedHashMap<>();

        /** Each item's number, the item added when new. */
        int[] addAll(List<T> items) {
            int[] map = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                map[i] = numbers.computeIfAbsent(items.get(i), k -> numbers.size());
            }
            return map;
        }

        List<T> items() {
            return List.copyOf(new ArrayList<>(numbers.keySet()));
        }
    }

    /** The records as the decoder appends them: a kind and up to four ints, times relative to the run start. */
    static final class Columns {
        private byte[] kinds = new byte[1024];
        private int[] a = new int[1024];
        private int[] b = new int[1024];
        private int[] c = new int[1024];
        private int[] d = new int[1024];
        private int size;
        private long injectStart = Long.MAX_VALUE;
        private long injectEnd = Long.MIN_VALUE;

        int size() {
            return size;
        }

        /** Forgets the records (a live reader's, once it has handed them on); the run's bounds stay. */
        void clear() {
            size = 0;
        }

        void replay(long t0, Visitor visitor) {
            for (int i = 0; i < size; i++) {
                switch (kinds[i]) {
                    case USER_START, USER_END -> visitor.user(a[i], kinds[i] == USER_START, t0 + b[i]);
                    case REQUEST_OK, REQUEST_KO ->
                        visitor.request(a[i], t0 + b[i], t0 + c[i], kinds[i] == REQUEST_OK, d[i]);
                    case GROUP_OK, GROUP_KO -> visitor.group(a[i], t0 + b[i], t0 + c[i], d[i], kinds[i] == GROUP_OK);
                    default -> visitor.error(a[i], t0 + b[i]);
                }
            }
        }

        void user(int scenario, boolean start, int time, long runStart) {
            if (start) {
                injectStart = Math.min(injectStart, runStart + time);
            }
            injectEnd = Math.max(injectEnd, runStart + time);
            add(start ? USER_START : USER_END, scenario, time, 0, 0);
        }

        void request(int name, int start, int end, boolean ok, int message, long runStart) {
            spans(start, end, runStart);
            add(ok ? REQUEST_OK : REQUEST_KO, name, start, end, message);
        }

        void group(int group, int start, int end, int cumulatedResponseTime, boolean ok, long runStart) {
            spans(start, end, runStart);
            add(ok ? GROUP_OK : GROUP_KO, group, start, end, cumulatedResponseTime);
        }

        void error(int message, int time) {
            add(ERROR, message, time, 0, 0);
        }

        private void spans(int start, int end, long runStart) {
            injectStart = Math.min(injectStart, runStart + start);
            injectEnd = Math.max(injectEnd, runStart + end);
        }

        private void add(byte kind, int va, int vb, int vc, int vd) {
            if (size == kinds.length) {
                int grown = size + (size >> 1);
                kinds = Arrays.copyOf(kinds, grown);
                a = Arrays.copyOf(a, grown);
                b = Arrays.copyOf(b, grown);
                c = Arrays.copyOf(c, grown);
                d = Arrays.copyOf(d, grown);
            }
            kinds[size] = kind;
            a[size] = va;
            b[size] = vb;
            c[size] = vc;
            d[size] = vd;
            size++;
        }
    }
}
