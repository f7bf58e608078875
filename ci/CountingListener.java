import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A logging HTTP listener on loopback for the CI scripts (run it with `java ci/CountingListener.java`):
 * it appends "METHOD path" of every request it gets to a log file, so a script counts what reached it.
 * It answers like a healthy staging API: /health with {"environment": "staging"}, /auth/login with a
 * token, or, by its login mode, 401 or a 307 redirect; with a required key, anything without it is 401.
 *
 * Usage: java ci/CountingListener.java <port-file> <log-file> [login=ok|401|307:<location>] [key=<X-API-Key>]
 */
public class CountingListener {
    public static void main(String[] args) throws IOException {
        Path portFile = Path.of(args[0]);
        Path log = Path.of(args[1]);
        String login = "ok";
        String key = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("login=")) {
                login = args[i].substring("login=".length());
            } else if (args[i].startsWith("key=")) {
                key = args[i].substring("key=".length());
            }
        }
        Files.writeString(log, "");
        String loginMode = login;
        String requiredKey = key;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            synchronized (CountingListener.class) {
                Files.writeString(
                        log, exchange.getRequestMethod() + " " + path + "\n", StandardOpenOption.APPEND);
            }
            if (requiredKey != null && !requiredKey.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
                answer(exchange, 401, "{\"error\":\"invalid API key\"}", null);
            } else if (path.endsWith("/health")) {
                answer(exchange, 200, "{\"status\":\"ok\",\"environment\":\"staging\"}", null);
            } else if (path.endsWith("/auth/login") && loginMode.equals("401")) {
                answer(exchange, 401, "{\"error\":\"invalid credentials\"}", null);
            } else if (path.endsWith("/auth/login") && loginMode.startsWith("307:")) {
                answer(exchange, 307, "", loginMode.substring(4));
            } else if (path.endsWith("/auth/login")) {
                answer(exchange, 200, "{\"token\":\"t-listener\"}", null);
            } else {
                answer(exchange, 200, "{}", null);
            }
        });
        server.start();
        Files.writeString(portFile, Integer.toString(server.getAddress().getPort()));
    }

    private static void answer(HttpExchange exchange, int status, String body, String location) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (location != null) {
            exchange.getResponseHeaders().set("Location", location);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
