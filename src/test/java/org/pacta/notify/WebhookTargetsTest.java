package org.pacta.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Where a webhook may go, and that the address checked is the one used. */
class WebhookTargetsTest {

    /**
     * A DNS whose name {@link #NAME} gives a different answer each time it is asked, as a rebinding attacker's does;
     * other names resolve as usual.
     */
    static final class Rebinding extends HostResolver {
        static final String NAME = "hooks.rebind.invalid";
        final Deque<String> answers = new ArrayDeque<>();
        int asked;

        Rebinding(String... answers) {
            this.answers.addAll(java.util.List.of(answers));
        }

        @Override
        public InetAddress[] addresses(String host) throws UnknownHostException {
            if (!host.equals(NAME)) {
                return super.addresses(host);
            }
            asked++;
            return new InetAddress[] {InetAddress.getByName(answers.poll())};
        }
    }

    @Test
    void theHostIsResolvedOnceAndTheTargetIsTheAddressThatWasChecked() throws Exception {
        Rebinding dns = new Rebinding("93.184.216.34", "127.0.0.1");

        WebhookTargets.Resolved r = WebhookTargets.resolve("https://" + Rebinding.NAME + "/in", false, dns);

        assertNull(r.problem());
        assertEquals(InetAddress.getByName("93.184.216.34"), r.target().address());
        assertEquals(1, dns.asked, "no second lookup that could answer a private address");
    }

    @Test
    void aPrivateAnswerIsRefusedForGoodNotRetried() {
        WebhookTargets.Resolved r = WebhookTargets.resolve("https://" + Rebinding.NAME + "/in", false, new Rebinding("10.1.2.3"));

        assertNotNull(r.problem());
        assertFalse(r.unresolved());
        assertTrue(r.problem().english().contains("10.1.2.3"), r.problem().english());
    }

    @Test
    void aNameThatDoesNotResolveNowMayResolveLater() {
        WebhookTargets.Resolved r = WebhookTargets.resolve("https://hooks.example.org/in", false, new HostResolver() {
            @Override
            public InetAddress[] addresses(String host) throws UnknownHostException {
                throw new UnknownHostException(host);
            }
        });

        assertTrue(r.unresolved());
        assertNull(r.target());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "198.18.0.1", "192.0.0.8", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fd00::1",
        "fe80::1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "::a00:1", "2002:7f00:1::1", "2002:c0a8:101::1"})
    void internalAddressesAreRecognised(String address) throws Exception {
        assertTrue(WebhookTargets.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
        "64:ff9b::5db8:d822", "2002:5db8:d822::1"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertFalse(WebhookTargets.isInternal(InetAddress.getByName(address)), address);
    }
}
