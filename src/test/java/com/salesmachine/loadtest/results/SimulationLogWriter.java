package com.salesmachine.loadtest.results;

import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.assertion.Assertion;
import io.gatling.commons.util.GatlingVersion;
import io.gatling.core.stats.writer.BufferedFileChannelWriter;
import io.gatling.core.stats.writer.DataWriterMessage$LoadEvent$Error;
import io.gatling.core.stats.writer.DataWriterMessage$LoadEvent$Group;
import io.gatling.core.stats.writer.DataWriterMessage$LoadEvent$Response;
import io.gatling.core.stats.writer.DataWriterMessage$LoadEvent$User;
import io.gatling.core.stats.writer.ErrorMessageSerializer;
import io.gatling.core.stats.writer.GroupMessageSerializer;
import io.gatling.core.stats.writer.ResponseMessageSerializer;
import io.gatling.core.stats.writer.RunMessage;
import io.gatling.core.stats.writer.RunMessageSerializer;
import io.gatling.core.stats.writer.UserMessageSerializer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.Option;
import scala.Tuple3;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Writes a {@code simulation.log} for tests with Gatling's own serializers (those its log writer
 * actor calls), so the decoder is held to what Gatling writes, not to a copy of the format. Times
 * are milliseconds after {@link #RUN_START}. Needs {@code --add-opens java.base/java.lang}, as
 * Gatling's writer does.
 */
final class SimulationLogWriter implements AutoCloseable {
    static final long RUN_START = 1_795_000_000_000L;
    static final String SIMULATION = "com.example.SomeSimulation";
    static final String SCENARIO = "Scenario";

    private final long runStart;
    private final BufferedFileChannelWriter writer;
    private final UserMessageSerializer users;
    private final ResponseMessageSerializer responses;
    private final GroupMessageSerializer groups;
    private final ErrorMessageSerializer errors;

    /** A log of this Gatling's version, with one scenario, in {@code runFolder/simulation.log}. */
    static SimulationLogWriter create(Path runFolder) throws IOException {
        return new SimulationLogWriter(runFolder, GatlingVersion.ThisVersion().fullVersion(), List.of(SCENARIO));
    }

    SimulationLogWriter(Path runFolder, String gatlingVersion, List<String> scenarios) throws IOException {
        this(runFolder, gatlingVersion, scenarios, RUN_START);
    }

    /** A log whose run started at {@code runStart} (epoch millis); times are milliseconds after it. */
    SimulationLogWriter(Path runFolder, String gatlingVersion, List<String> scenarios, long runStart)
            throws IOException {
        this.runStart = runStart;
        Files.createDirectories(runFolder);
        var channel = new RandomAccessFile(runFolder.resolve("simulation.log").toFile(), "rw").getChannel();
        writer = new BufferedFileChannelWriter(channel, ByteBuffer.allocate(8192));
        Map<String, Object> scenarioIndices = new HashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            scenarioIndices.put(scenarios.get(i), i);
        }
        var run = new RunMessage(SIMULATION, "somesimulation", runStart, "a test run", gatlingVersion, ZoneOffset.UTC);
        new RunMessageSerializer(writer)
                .serialize(Tuple3.apply(
                        run, CollectionConverters.asScala(List.<Assertion>of()).toList(), scenarioIndices));
        users = new UserMessageSerializer(writer, runStart, scenarioIndices);
        responses = new ResponseMessageSerializer(writer, runStart);
        groups = new GroupMessageSerializer(writer, runStart);
        errors = new ErrorMessageSerializer(writer, runStart);
    }

    SimulationLogWriter userStart(long at) {
        users.serialize(new DataWriterMessage$LoadEvent$User(SCENARIO, runStart + at, true));
        return this;
    }

    /** A user of {@code scenario} (one of the log's scenarios) starts or ends. */
    SimulationLogWriter user(String scenario, boolean start, long at) {
        users.serialize(new DataWriterMessage$LoadEvent$User(scenario, runStart + at, start));
        return this;
    }

    SimulationLogWriter userEnd(long at) {
        users.serialize(new DataWriterMessage$LoadEvent$User(SCENARIO, runStart + at, false));
        return this;
    }

    /** An OK request outside any group. */
    SimulationLogWriter request(String name, long start, long end) {
        return request(List.of(), name, start, end, true, null);
    }

    /** A request in {@code groups} (outermost first); {@code message} is null for none. */
    SimulationLogWriter request(List<String> groups, String name, long start, long end, boolean ok, String message) {
        responses.serialize(new DataWriterMessage$LoadEvent$Response(
                SCENARIO,
                CollectionConverters.asScala(groups).toList(),
                name,
                runStart + start,
                runStart + end,
                ok ? OK$.MODULE$ : KO$.MODULE$,
                Option.apply(ok ? "200" : "500"),
                Option.apply(message)));
        return this;
    }

    SimulationLogWriter group(List<String> hierarchy, long start, long end, int cumulatedResponseTime, boolean ok) {
        groups.serialize(new DataWriterMessage$LoadEvent$Group(
                SCENARIO,
                CollectionConverters.asScala(hierarchy).toList(),
                runStart + start,
                runStart + end,
                cumulatedResponseTime,
                ok ? OK$.MODULE$ : KO$.MODULE$));
        return this;
    }

    SimulationLogWriter error(String message, long at) {
        errors.serialize(new DataWriterMessage$LoadEvent$Error(message, runStart + at));
        return this;
    }

    @Override
    public void close() {
        writer.close();
    }
}
