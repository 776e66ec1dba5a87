package org.pacta.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;

/**
 * Where a webhook may point. Loopback, link-local, private, unique-local and unspecified addresses are refused
 * unless the operator allows them ({@code pacta.webhooks.allow-private}): Pacta must not become a way to reach
 * the network it runs in.
 */
public final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why the URL cannot be used, or empty when it can. Resolves the host name. */
    public static Optional<Phrase> problem(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of(Refusals::webhook_invalid);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(Refusals::webhook_scheme);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(Refusals::webhook_host);
        }
        if (uri.getUserInfo() != null) {
            return Optional.of(Refusals::webhook_credentials);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    String internal = address.getHostAddress();
                    return Optional.of(r -> r.webhook_internal(internal));
                }
            }
        } catch (UnknownHostException e) {
            String host = uri.getHost();
            return Optional.of(r -> r.webhook_unresolved(host));
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64.0.0/10 carrier-grade NAT and 0.0.0.0/8
            return first == 0 || (first == 100 && second >= 64 && second <= 127);
        }
        // fc00::/7 unique local addresses
        return (b[0] & 0xfe) == 0xfc;
    }
}
