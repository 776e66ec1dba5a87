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

    /** Where a webhook goes: its address and the one network address of its host that was checked. */
    record Target(URI uri, InetAddress address) {
    }

    /** A target, or why there is none; a name that does not resolve now may resolve later. */
    record Resolved(Target target, Phrase problem, boolean unresolved) {
    }

    /**
     * Checks the URL and resolves its host once, for sending: the address checked is the address connected to, so a
     * name that answers a public address to the check and a private one to the connection (DNS rebinding) gains
     * nothing. Every address of the host must be allowed, not only the one used.
     */
    static Resolved resolve(String url, boolean allowPrivate, HostResolver names) {
        Optional<Phrase> form = shape(url);
        if (form.isPresent()) {
            return new Resolved(null, form.get(), false);
        }
        URI uri = URI.create(url);
        try {
            InetAddress[] addresses = names.addresses(uri.getHost());
            Optional<Phrase> internal = allowPrivate ? Optional.empty() : internal(addresses);
            return internal.map(p -> new Resolved(null, p, false))
                    .orElseGet(() -> new Resolved(new Target(uri, addresses[0]), null, false));
        } catch (UnknownHostException e) {
            String host = uri.getHost();
            return new Resolved(null, r -> r.webhook_unresolved(host), true);
        }
    }

    /** Why the URL cannot be used, or empty when it can. Resolves the host name unless private targets are allowed. */
    public static Optional<Phrase> problem(String url, boolean allowPrivate) {
        Optional<Phrase> form = shape(url);
        if (form.isPresent() || allowPrivate) {
            return form;
        }
        String host = URI.create(url).getHost();
        try {
            return internal(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return Optional.of(r -> r.webhook_unresolved(host));
        }
    }

    private static Optional<Phrase> internal(InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                String internal = address.getHostAddress();
                return Optional.of(r -> r.webhook_internal(internal));
            }
        }
        return Optional.empty();
    }

    private static Optional<Phrase> shape(String url) {
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
        return Optional.empty();
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return isInternalV4(b, 0);
        }
        // An IPv4 address inside an IPv6 one reaches that IPv4 host: NAT64 64:ff9b::/96, IPv4-compatible ::/96, 6to4
        // 2002::/16.
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0) || startsWith(b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) {
            return isInternalV4(b, 12);
        }
        if (startsWith(b, 0x20, 0x02)) {
            return isInternalV4(b, 2);
        }
        // fc00::/7 unique local addresses
        return (b[0] & 0xfe) == 0xfc;
    }

    private static boolean isInternalV4(byte[] b, int at) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        // 0/8, 10/8, 127/8, 100.64/10 carrier-grade NAT, 169.254/16, 172.16/12, 192.168/16, 192.0.0/24, 198.18/15
        // benchmarking, 224/4 multicast and 240/4 reserved (with the broadcast address)
        return first == 0 || first == 10 || first == 127 || first >= 224 || (first == 100 && second >= 64 && second <= 127)
                || (first == 169 && second == 254) || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168) || (first == 192 && second == 0 && (b[at + 2] & 0xff) == 0)
                || (first == 198 && (second == 18 || second == 19));
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
