package com.salesmachine.loadtest.standin.http;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty handler in front of the routing table that never answers a request asking for {@link
 * H2cUpgrade h2c} ({@code standin.hangOnH2c}): it takes no thread, keeps the connection through
 * Jetty's idle time-out, and leaves the ending to {@link HeldRequests}. Every other request passes on.
 */
public final class H2cHold extends Handler.Wrapper {
    private final HeldRequests held;

    public H2cHold(HeldRequests held) {
        this.held = held;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!H2cUpgrade.requested(request.getHeaders().getValuesList(HttpHeader.UPGRADE))) {
            return super.handle(request, response, callback);
        }
        request.addIdleTimeoutListener(timeout -> false);
        held.hold(() -> {
            // Closing first, so failing the callback cannot turn into an error answer.
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new TimeoutException("held h2c upgrade request let go unanswered"));
        });
        return true;
    }
}
