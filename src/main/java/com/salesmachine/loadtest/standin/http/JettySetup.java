package com.salesmachine.loadtest.standin.http;

import io.javalin.config.JavalinConfig;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty settings measured on the load machines: no per-connection header cache (about 107 KB per
 * open connection otherwise), a deep accept backlog (the default 50 overflows at 2,000 new
 * connections/s), loopback only, and no banner; optionally a Jetty handler in front of Javalin's.
 */
public final class JettySetup {
    public static final String HOST = "127.0.0.1";
    static final int ACCEPT_BACKLOG = 4096;

    private JettySetup() {}

    public static void apply(JavalinConfig config, int port) {
        apply(config, port, Optional.empty());
    }

    /** {@code front} sees every request before the routing table does. */
    public static void apply(JavalinConfig config, int port, Optional<Handler.Wrapper> front) {
        front.ifPresent(handler -> config.jetty.modifyServer(server -> server.insertHandler(handler)));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setHeaderCacheSize(0);
            http.setSendServerVersion(false);
        });
        config.jetty.addConnector((server, http) -> {
            var connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(HOST);
            connector.setPort(port);
            connector.setAcceptQueueSize(ACCEPT_BACKLOG);
            return connector;
        });
    }
}
