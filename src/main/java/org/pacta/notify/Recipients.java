package org.pacta.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who is owed follow-ups: the one rule that the sweep, the change of an item, the review briefings and the
 * dispatcher's last look before sending share. A subscription follows what its scope names (everything, an agreement,
 * a party, a commitment); an item is followed by the scopes that contain it; the owner of a commitment is reminded
 * while named, not unsubscribed, and the agreement reminds owners; coordinators are the agreement's.
 */
public final class Recipients {

    /** A scope a subscription follows: everything (no id), or the agreement, party or commitment with that id. */
    public record Scope(Subscription.Scope kind, Long id) {
    }

    private static final Scope EVERYTHING = new Scope(Subscription.Scope.ALL, null);

    private Recipients() {
    }

    public static Scope scopeOf(Subscription s) {
        return switch (s.scope) {
            case ALL -> EVERYTHING;
            case AGREEMENT -> new Scope(Subscription.Scope.AGREEMENT, s.agreementId);
            case PARTY -> new Scope(Subscription.Scope.PARTY, s.partyId);
            case COMMITMENT -> new Scope(Subscription.Scope.COMMITMENT, s.commitmentId);
        };
    }

    /** The scopes that contain a commitment (and its milestones). */
    public static List<Scope> scopesOfCommitment(long commitmentId, long agreementId, long responsiblePartyId) {
        return List.of(EVERYTHING, new Scope(Subscription.Scope.AGREEMENT, agreementId),
                new Scope(Subscription.Scope.PARTY, responsiblePartyId), new Scope(Subscription.Scope.COMMITMENT, commitmentId));
    }

    /** The scopes that contain an agreement as a whole (its reviews): everything, the agreement, one of its parties. */
    public static List<Scope> scopesOfAgreement(long agreementId, Collection<Long> partyIds) {
        List<Scope> scopes = new ArrayList<>(List.of(EVERYTHING, new Scope(Subscription.Scope.AGREEMENT, agreementId)));
        partyIds.forEach(p -> scopes.add(new Scope(Subscription.Scope.PARTY, p)));
        return scopes;
    }

    public static boolean ownerReminded(String ownerEmail, boolean ownerReminders, boolean agreementRemindsOwners) {
        return ownerEmail != null && ownerReminders && agreementRemindsOwners;
    }

    /** The active subscriptions that may follow one of {@code scopes}, for {@code follows} to sort out exactly. */
    private static List<Subscription> candidates(List<Scope> scopes) {
        List<Long> agreements = ids(scopes, Subscription.Scope.AGREEMENT);
        List<Long> parties = ids(scopes, Subscription.Scope.PARTY);
        List<Long> commitments = ids(scopes, Subscription.Scope.COMMITMENT);
        return Subscription.list("active = true and (scope = ?1 or agreementId in ?2 or partyId in ?3 or commitmentId in ?4)"
                + " order by id", Subscription.Scope.ALL, agreements, parties, commitments);
    }

    /** The active subscriptions that follow one of {@code scopes}, in id order. */
    public static List<Subscription> following(List<Scope> scopes) {
        return candidates(scopes).stream().filter(s -> follows(s, scopes)).toList();
    }

    /** Whether {@code s} follows one of {@code scopes}. */
    private static boolean follows(Subscription s, List<Scope> scopes) {
        return scopes.contains(scopeOf(s));
    }

    private static List<Long> ids(List<Scope> scopes, Subscription.Scope kind) {
        List<Long> ids = scopes.stream().filter(s -> s.kind() == kind).map(Scope::id).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
