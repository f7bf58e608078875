package com.salesmachine.loadtest.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * A reader of a run's {@code simulation.log} while Gatling writes it: each {@link #poll} decodes the
 * whole records appended since the last one ({@link SimulationLogDecoder}, chunk by chunk) and hands
 * them on; a record Gatling has only half written yet is decoded at the next poll.
 *
 * <p>How fresh it is: Gatling 3.15.1's {@code LogFileDataWriter} writes through an 8 KiB buffer
 * ({@code BufferedFileChannelWriter}) that it writes out only when full and at the end of the run
 * (its {@code onFlush} does nothing, and no setting changes either), so a record reaches the file
 * after 8 KiB of later records: about 300 requests. At a few requests a second that is a minute or
 * more. The stop criteria's {@link #WATCHDOG} scenario fills the buffer on purpose: its users, about
 * 500 a second and each no more than a start and an end record (20 bytes), write the buffer out
 * about once a second whatever the load, so the lag is about a second; the decoder leaves them out
 * of every figure.
 */
public final class LiveLog implements AutoCloseable {
    /** The scenario of the stop criteria's watchdog, whose records are no part of the run's figures. */
    public static final String WATCHDOG = "Stop criteria watchdog";

    private final Path file;
    private final SimulationLogDecoder decoder;
    private FileChannel channel;
    private byte[] pending = new byte[64 * 1024];
    private int pendingLength;

    private LiveLog(Path file) {
        this.file = file;
        this.decoder = SimulationLogDecoder.growing(file);
    }

    /** A reader of {@code file}, which Gatling may not have created yet. */
    public static LiveLog of(Path file) {
        return new LiveLog(file);
    }

    /** The newest run folder's log of the simulation under Gatling's results, written since {@code notBefore}. */
    public static Optional<Path> find(Path gatlingResults, String simulationSimpleName, long notBefore) {
        return ResultsFolder.gatlingRunSince(gatlingResults, simulationSimpleName, notBefore)
                .map(folder -> folder.resolve("simulation.log"));
    }

    public Path file() {
        return file;
    }

    /**
     * Decodes what was appended since the last poll and hands each whole record to {@code sink}, in
     * file order; returns how many records it handed on.
     */
    public int poll(RecordSink sink) {
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            int handed = 0;
            // Bounded: at most what the file holds now, a buffer at a time.
            for (long left = channel.size() - channel.position(); left > 0; ) {
                if (pending.length - pendingLength < 16 * 1024) {
                    pending = Arrays.copyOf(pending, pending.length * 2);
                }
                int read = channel.read(ByteBuffer.wrap(pending, pendingLength, pending.length - pendingLength));
                if (read <= 0) {
                    break;
                }
                left -= read;
                pendingLength += read;
                int consumed = decoder.more(pending, pendingLength);
                System.arraycopy(pending, consumed, pending, 0, pendingLength - consumed);
                pendingLength -= consumed;
                handed += hand(sink);
            }
            return handed;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private int hand(RecordSink sink) {
        SimulationLog.Columns columns = decoder.columns;
        int records = columns.size();
        if (decoder.run != null) {
            columns.replay(
                    decoder.run.start(), SimulationLog.named(decoder.requestNames.values, decoder.groups.values, sink));
        }
        columns.clear();
        return records;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // A reader's channel: nothing is lost.
            }
        }
    }
}
