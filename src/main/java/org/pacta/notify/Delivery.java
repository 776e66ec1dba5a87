package org.pacta.notify;

/** How one delivery attempt ended. */
public record Delivery(Outcome outcome, String detail) {

    public enum Outcome { SENT, RETRY, UNCERTAIN, DEAD, GONE, CANCELLED }

    public static Delivery sent() {
        return new Delivery(Outcome.SENT, null);
    }

    public static Delivery retry(String why) {
        return new Delivery(Outcome.RETRY, why);
    }

    /**
     * The receiver did not answer in time: it may have the message or not. Sent again later with the same key, which
     * lets a receiver that got the first one drop the second.
     */
    public static Delivery uncertain(String why) {
        return new Delivery(Outcome.UNCERTAIN, why);
    }

    public static Delivery dead(String why) {
        return new Delivery(Outcome.DEAD, why);
    }

    /** The receiver said it wants nothing more (HTTP 410): the subscription is switched off. */
    public static Delivery gone(String why) {
        return new Delivery(Outcome.GONE, why);
    }

    public static Delivery cancelled(String why) {
        return new Delivery(Outcome.CANCELLED, why);
    }
}
