package org.pacta.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the port the test profile mails to (3025). Tests read what arrived, and can
 * stop it to play an outage.
 */
public final class Mailbox implements AutoCloseable {

    public static final int PORT = 3025;
    private GreenMail greenMail;

    public Mailbox start() {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Everything received for one address, in arrival order. */
    public List<MimeMessage> to(String address) {
        List<MimeMessage> out = new ArrayList<>();
        if (greenMail == null) {
            return out;
        }
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))) {
                    out.add(m);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part. */
    public static String text(MimeMessage m) {
        try {
            return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }
}
