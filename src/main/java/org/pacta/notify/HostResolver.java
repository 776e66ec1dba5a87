package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks up a host's addresses with the JVM's resolver; a bean, so that a test can answer as a rebinding DNS does. */
@ApplicationScoped
public class HostResolver {

    public InetAddress[] addresses(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
