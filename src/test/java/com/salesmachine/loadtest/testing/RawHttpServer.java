package com.salesmachine.loadtest.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny HTTP/1.1 server on loopback that records every request's head and answers what a test says,
 * or nothing at all: as real N8N, it can leave a request carrying {@code Upgrade: h2c} unanswered.
 */
public final class RawHttpServer implements AutoCloseable {
    /** An answer to write, or {@link #NO_ANSWER}. */
    public record Reply(int status, String contentType, String body, List<String> headers) {
        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, List.of());
        }

        public Reply withHeader(String header) {
            var more = new ArrayList<>(headers);
            more.add(header);
            return new Reply(status, contentType, body, more);
        }
    }

    public static final Reply NO_ANSWER = null;

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-http");
        t.setDaemon(true);
        return t;
    });
    private final List<List<String>> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Function<List<String>, Reply> handler;

    /** {@code handler} gets the request line and header lines, and answers a {@link Reply} or {@link #NO_ANSWER}. */
    public RawHttpServer(Function<List<String>, Reply> handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    /** Answers {@code reply} to everything, but never answers a request that asks to upgrade to h2c. */
    public static RawHttpServer hangingOnH2c(Reply reply) throws IOException {
        return new RawHttpServer(head -> hasHeader(head, "upgrade", "h2c") ? NO_ANSWER : reply);
    }

    public static boolean hasHeader(List<String> head, String name, String valuePart) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return head.stream()
                .map(l -> l.toLowerCase(Locale.ROOT))
                .anyMatch(l -> l.startsWith(prefix) && l.contains(valuePart.toLowerCase(Locale.ROOT)));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Every request's head (request line first) received so far. */
    public List<List<String>> requests() {
        return List.copyOf(requests);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                threads.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            while (true) {
                var head = new ArrayList<String>();
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    head.add(line);
                }
                if (head.isEmpty()) {
                    client.close();
                    return;
                }
                int length = head.stream()
                        .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                        .map(l ->
                                Integer.parseInt(l.substring(l.indexOf(':') + 1).trim()))
                        .findFirst()
                        .orElse(0);
                for (int i = 0; i < length; i++) {
                    in.read();
                }
                requests.add(List.copyOf(head));
                Reply reply = handler.apply(head);
                if (reply == NO_ANSWER) {
                    // Keep the connection open and silent until the client gives up or the server closes.
                    return;
                }
                byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
                var out = new StringBuilder("HTTP/1.1 " + reply.status() + " X\r\n");
                out.append("Content-Type: ").append(reply.contentType()).append("\r\n");
                out.append("Content-Length: ").append(body.length).append("\r\n");
                reply.headers().forEach(h -> out.append(h).append("\r\n"));
                out.append("\r\n");
                OutputStream stream = client.getOutputStream();
                stream.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
                stream.write(body);
                stream.flush();
            }
        } catch (IOException | RuntimeException e) {
            // The client went away.
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
        threads.shutdownNow();
    }
}
