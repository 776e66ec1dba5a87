package org.pacta.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.function.Supplier;
import org.pacta.platform.Refusal;
import org.pacta.platform.Forbidden;
import org.pacta.platform.Refusals;

/**
 * Who may do what to which item, checked on the server for every object (not only by role): an official of BY
 * cannot touch IR's commitment by guessing its id. Anonymous visitors see public agreements only, and never
 * owners' emails. It decides on what it is given (public or not, party ids and codes): agreements and commitments
 * are above security and hand those in.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentUser user;

    public CurrentUser user() {
        return user;
    }

    /** Anonymous readers are limited to public agreements. */
    public boolean publicOnly() {
        return user.isAnonymous();
    }

    public boolean showsOwners() {
        return !user.isAnonymous();
    }

    /** Whether the item of a public or hidden agreement may be read. */
    public boolean canSee(boolean isPublic) {
        return !user.isAnonymous() || isPublic;
    }

    /** A hidden agreement, or an item of one, is answered as missing, so that its existence does not leak. */
    public void requireSee(boolean isPublic, String entity, Object id) {
        if (!canSee(isPublic)) {
            throw Refusal.notFound(entity, id);
        }
    }

    public void requireSignedIn() {
        if (user.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    public void requireAdmin() {
        if (user.isSystem()) {
            return;
        }
        requireSignedIn();
        if (!user.isAdmin()) {
            throw new Forbidden(Refusals::admin_only);
        }
    }

    /** Creating an agreement: an admin, or an official for an agreement that includes one of their parties. */
    public void requireCreateAgreement(Collection<Long> partyIds) {
        if (user.isSystem() || user.isAdmin()) {
            return;
        }
        requireSignedIn();
        if (!user.isOfficial() || partyIds.stream().noneMatch(id -> user.partyIds().contains(id))) {
            throw new Forbidden(Refusals::official_own_party);
        }
    }

    /** Editing an agreement: an admin, or an official of one of its parties. */
    public void requireEditAgreement(Supplier<Collection<Long>> partyIds) {
        if (user.isSystem() || user.isAdmin()) {
            return;
        }
        requireSignedIn();
        if (!mayEditAgreement(partyIds.get())) {
            throw new Forbidden(Refusals::agreement_edit_denied);
        }
    }

    /** The same decision, asked by a page that offers the edit (the button shows exactly when the edit is allowed). */
    public boolean mayEditAgreement(Collection<Long> partyIds) {
        return user.isSystem() || user.isAdmin()
                || user.isOfficial() && partyIds.stream().anyMatch(id -> user.partyIds().contains(id));
    }

    /** Commitments, milestones, deadlines and progress: an admin, or an official of the responsible party. */
    public void requireEditFor(ResponsibleParty party) {
        if (user.isSystem() || user.isAdmin()) {
            return;
        }
        requireSignedIn();
        if (!mayEditFor(party.partyId())) {
            throw new Forbidden(r -> r.party_edit_denied(party.partyCode()));
        }
    }

    /** The same decision, asked by a page that offers the edit. */
    public boolean mayEditFor(long responsiblePartyId) {
        return user.isSystem() || user.isAdmin() || user.isOfficial() && user.partyIds().contains(responsiblePartyId);
    }

    /** Subscriptions belong to whoever made them; an admin sees all. */
    public boolean owns(Long ownerUserId) {
        return user.isSystem() || user.isAdmin() || (ownerUserId != null && ownerUserId.equals(user.userId()));
    }
}
