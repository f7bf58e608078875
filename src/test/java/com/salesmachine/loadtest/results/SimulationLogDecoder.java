package com.salesmachine.loadtest.results;

import io.gatling.commons.util.GatlingVersion;
import io.gatling.core.stats.writer.RecordHeader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoder of Gatling's binary {@code simulation.log}, in the format of the Gatling on the
 * classpath (3.15.1): one pass over the file, each record decoded once, into a {@link SimulationLog}.
 *
 * <p>The format, as Gatling's {@code LogFileDataWriter} writes it: a header byte per record
 * ({@code RecordHeader}: Run, Request, User, Group, Error), big-endian ints and longs, times as int
 * milliseconds after the run start, names as cached strings (an index, then the string the first
 * time; minus the index afterwards). A string is an int length, the bytes of Java's internal
 * {@code String} value and its coder byte (0 Latin-1, 1 UTF-16 in the machine's byte order), or a
 * zero length alone for "". Gatling reads the bytes back into a {@code String} through JDK
 * internals; decoding them with the matching charset gives the same string without that access.
 *
 * <p>The stop criteria's watchdog ({@link LiveLog#WATCHDOG}) is no part of the run's work: its
 * scenario and its users' records are left out here, so no figure counts them.
 *
 * <p>It also decodes a log still being written, chunk by chunk ({@link #more}): a record cut by the
 * chunk's end is decoded again, whole, from the next chunk, and is never an error.
 */
final class SimulationLogDecoder {
    private static final byte RUN = RecordHeader.Run$.MODULE$.value();
    private static final byte REQUEST = RecordHeader.Request$.MODULE$.value();
    private static final byte USER = RecordHeader.User$.MODULE$.value();
    private static final byte GROUP = RecordHeader.Group$.MODULE$.value();
    private static final byte ERROR = RecordHeader.Error$.MODULE$.value();
    private static final byte LATIN1 = 0;
    private static final byte UTF16 = 1;
    private static final Charset UTF16_NATIVE =
            ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;

    private final Path file;
    private DataInputStream in;
    /** The run record, once decoded; and, per scenario of the log, its index in {@code run.scenarios()} (-1: left out). */
    SimulationLog.Run run;

    private int[] scenarioIndex;
    private final Map<Integer, String> cachedStrings = new HashMap<>();
    final Interned<SimulationLog.RequestName> requestNames = new Interned<>();
    final Interned<List<String>> groups = new Interned<>();
    final Interned<String> messages = new Interned<>();
    final SimulationLog.Columns columns = new SimulationLog.Columns();
    private int record = 1;

    private SimulationLogDecoder(Path file, DataInputStream in) {
        this.file = file;
        this.in = in;
    }

    /** A decoder of the log {@code file} as it grows, fed with {@link #more}. */
    static SimulationLogDecoder growing(Path file) {
        return new SimulationLogDecoder(file, null);
    }

    /**
     * Decodes the whole records at the start of {@code bytes[0, length)} into {@link #columns} (the
     * run record first, once); returns how many bytes they took: the rest starts a record still
     * being written, to be given again, with what follows it, next time.
     */
    int more(byte[] bytes, int length) throws IOException {
        var source = new ByteArrayInputStream(bytes, 0, length);
        in = new DataInputStream(source);
        int consumed = 0;
        if (run == null) {
            if (length == 0) {
                return 0;
            }
            try {
                run = runRecord();
            } catch (PartialRunRecord e) {
                return 0;
            }
            consumed = length - source.available();
        }
        try {
            for (int header = in.read(); header != -1; header = in.read()) {
                record++;
                record((byte) header, run);
                consumed = length - source.available();
            }
        } catch (EOFException e) {
            record--;
        }
        return consumed;
    }

    /** The run record is not all there yet (a log being written). */
    private static final class PartialRunRecord extends IOException {
        PartialRunRecord() {
            super("the run record is not all written yet");
        }
    }

    /**
     * Decodes {@code file}. A file that ends inside a record is read up to that record, with a WARN
     * line, as Gatling does; a log of another Gatling version, or not a Gatling log, is refused with
     * an {@link UnusableInputException} whose message is one line.
     */
    static SimulationLog decode(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(file + ": no such simulation.log");
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return new SimulationLogDecoder(file, in).decode();
        }
    }

    /** The run record of {@code file} alone (Gatling writes it first); empty when it is not all there or not a log of this Gatling. */
    static java.util.Optional<SimulationLog.Run> runOf(Path file) {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 4096))) {
            return java.util.Optional.of(new SimulationLogDecoder(file, in).runRecord());
        } catch (IOException | UnusableInputException e) {
            return java.util.Optional.empty();
        }
    }

    private SimulationLog decode() throws IOException {
        try {
            run = runRecord();
        } catch (PartialRunRecord e) {
            throw new UnusableInputException(file + " ends inside its run record");
        }
        boolean truncated = false;
        for (int header = in.read(); header != -1; header = in.read()) {
            record++;
            try {
                record((byte) header, run);
            } catch (EOFException e) {
                System.err.println("WARN results: " + file + " ends inside record " + record + "; reading the "
                        + (record - 1) + " records before it");
                truncated = true;
                break;
            }
        }
        return new SimulationLog(file, run, requestNames.values, groups.values, messages.values, columns, truncated);
    }

    private SimulationLog.Run runRecord() throws IOException {
        String expected = GatlingVersion.ThisVersion().fullVersion();
        int header = in.read();
        if (header != RUN) {
            throw new UnusableInputException(
                    file + " is not a Gatling " + expected + " simulation.log: it does not start with a run record");
        }
        try {
            String version = string();
            if (!version.equals(expected)) {
                throw new UnusableInputException(file + " was written by Gatling " + version
                        + "; this suite reads the logs of Gatling " + expected + " only");
            }
            String simulationClass = string();
            long start = in.readLong();
            String description = string();
            var scenarios = new ArrayList<String>();
            int count = in.readInt();
            scenarioIndex = new int[Math.max(0, count)];
            for (int i = 0; i < count; i++) {
                String scenario = sanitize(string());
                scenarioIndex[i] = scenario.equals(LiveLog.WATCHDOG) ? -1 : scenarios.size();
                if (scenarioIndex[i] >= 0) {
                    scenarios.add(scenario);
                }
            }
            for (int i = in.readInt(); i > 0; i--) {
                // Assertions, pickled: the suite judges its SLOs itself.
                in.skipNBytes(in.readInt());
            }
            return new SimulationLog.Run(version, simulationClass, start, description, List.copyOf(scenarios));
        } catch (EOFException e) {
            throw new PartialRunRecord();
        }
    }

    private void record(byte header, SimulationLog.Run run) throws IOException {
        long t0 = run.start();
        if (header == USER) {
            int scenario = in.readInt();
            boolean start = in.readBoolean();
            int time = in.readInt();
            if (scenario < 0 || scenario >= scenarioIndex.length) {
                throw malformed("scenario " + scenario + " is not one of the " + scenarioIndex.length);
            }
            if (scenarioIndex[scenario] >= 0) {
                columns.user(scenarioIndex[scenario], start, time, t0);
            }
        } else if (header == REQUEST) {
            List<String> hierarchy = hierarchy();
            String name = cachedString();
            int start = in.readInt();
            int end = in.readInt();
            boolean ok = in.readBoolean();
            String message = cachedString();
            int nameIndex = requestNames.index(new SimulationLog.RequestName(hierarchy, name));
            columns.request(nameIndex, start, end, ok, messages.index(message), t0);
        } else if (header == GROUP) {
            List<String> hierarchy = hierarchy();
            int start = in.readInt();
            int end = in.readInt();
            int cumulatedResponseTime = in.readInt();
            boolean ok = in.readBoolean();
            columns.group(groups.index(hierarchy), start, end, cumulatedResponseTime, ok, t0);
        } else if (header == ERROR) {
            String message = cachedString();
            columns.error(messages.index(message), in.readInt());
        } else {
            throw malformed("unknown record header " + header);
        }
    }

    private List<String> hierarchy() throws IOException {
        int depth = in.readInt();
        if (depth < 0) {
            throw malformed("group depth " + depth);
        }
        var names = new String[depth];
        for (int i = 0; i < depth; i++) {
            names[i] = cachedString();
        }
        return List.of(names);
    }

    /** As Gatling: a non-negative index brings a new string, a negative one repeats an earlier one. */
    private String cachedString() throws IOException {
        int index = in.readInt();
        if (index >= 0) {
            String s = sanitize(string());
            cachedStrings.put(index, s);
            return s;
        }
        String cached = cachedStrings.get(-index);
        if (cached == null) {
            throw malformed("cached string " + -index + " was never written");
        }
        return cached;
    }

    private String string() throws IOException {
        int length = in.readInt();
        if (length == 0) {
            return "";
        }
        if (length < 0) {
            throw malformed("string length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException();
        }
        byte coder = in.readByte();
        if (coder == LATIN1) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } else if (coder == UTF16 && length % 2 == 0) {
            return new String(bytes, UTF16_NATIVE);
        }
        throw malformed("string coder " + coder + " with " + length + " bytes");
    }

    /** Gatling's reader turns line breaks and tabs in names and messages into spaces. */
    private static String sanitize(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0
                ? s
                : s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private UnusableInputException malformed(String what) {
        return new UnusableInputException(file + " is malformed at record " + record + ": " + what);
    }

    /** Values numbered in order of first appearance. */
    static final class Interned<T> {
        final List<T> values = new ArrayList<>();
        private final Map<T, Integer> indices = new HashMap<>();

        int index(T value) {
            Integer index = indices.get(value);
            if (index == null) {
                index = values.size();
                indices.put(value, index);
                values.add(value);
            }
            return index;
        }
    }
}
