package org.mcfed.index.limits;

import io.vertx.ext.web.RoutingContext;

/** Which client a request counts against: its address (the forwarded one when proxy forwarding is on). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(RoutingContext rc) {
        var address = rc.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
