package org.pacta.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** Email over SMTP (quarkus-mailer). The Message-ID comes from the idempotency key, so a repeat is recognisable. */
@ApplicationScoped
public class EmailChannel {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+");

    @Inject
    ReactiveMailer mailer;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    public CompletableFuture<Delivery> send(Notification n, Message m, String unsubscribeUrl) {
        if (!ADDRESS.matcher(n.recipient).matches()) {
            return CompletableFuture.completedFuture(Delivery.dead("\"" + n.recipient + "\" is not an email address."));
        }
        Mail mail = Mail.withText(n.recipient, m.subject(), m.text()).setHtml(m.html())
                .addHeader("Message-ID", messageId(n.idempotencyKey))
                .addHeader("Auto-Submitted", "auto-generated")
                .addHeader("X-Pacta-Key", n.idempotencyKey);
        if (unsubscribeUrl != null) {
            // An official is asked for the party's word as part of the work, not as a subscription: no opt-out link.
            mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mailer.send(mail).subscribeAsCompletionStage()
                .thenApply(ok -> Delivery.sent())
                .exceptionally(e -> Delivery.retry("SMTP: " + rootMessage(e)));
    }

    String messageId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@" + pacta.mail().messageIdDomain() + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return msg.length() > 1500 ? msg.substring(0, 1500) : msg;
    }
}
