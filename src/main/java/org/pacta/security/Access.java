package org.pacta.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.platform.ApiException;
import org.pacta.platform.Forbidden;
import org.pacta.platform.Refusals;

/**
 * Who may do what to which item, checked on the server for every object (not only by role): an official of BY
 * cannot touch IR's commitment by guessing its id. Anonymous visitors see public agreements only, and never
 * owners' emails.
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

    public boolean canSee(Agreement a) {
        return !user.isAnonymous() || a.isPublic;
    }

    /** A hidden agreement is answered as missing, so that its existence does not leak. */
    public void requireSee(Agreement a, Object id) {
        if (!canSee(a)) {
            throw ApiException.notFound("Agreement", id);
        }
    }

    public void requireSee(Commitment c) {
        if (!canSee(c.agreement)) {
            throw ApiException.notFound("Commitment", c.id);
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
    public void requireCreateAgreement(Collection<Party> parties) {
        if (user.isSystem() || user.isAdmin()) {
            return;
        }
        requireSignedIn();
        if (!user.isOfficial() || parties.stream().noneMatch(p -> user.partyIds().contains(p.id))) {
            throw new Forbidden(Refusals::official_own_party);
        }
    }

    /** Editing an agreement: an admin, or an official of one of its parties. */
    public void requireEditAgreement(Agreement a) {
        if (user.isSystem() || user.isAdmin()) {
            return;
        }
        requireSignedIn();
        if (!user.isOfficial() || a.parties.stream().noneMatch(p -> user.partyIds().contains(p.id))) {
            throw new Forbidden(Refusals::agreement_edit_denied);
        }
    }

    /** Commitments, milestones, deadlines and progress: an admin, or an official of the responsible party. */
    public void requireEditFor(Party responsible) {
        if (user.isSystem() || user.isAdmin()) {
            return;
        }
        requireSignedIn();
        if (!user.isOfficial() || !user.partyIds().contains(responsible.id)) {
            throw new Forbidden(r -> r.party_edit_denied(responsible.code));
        }
    }

    public void requireEdit(Commitment c) {
        requireEditFor(c.responsibleParty);
    }

    /** Subscriptions belong to whoever made them; an admin sees all. */
    public boolean owns(Long ownerUserId) {
        return user.isSystem() || user.isAdmin() || (ownerUserId != null && ownerUserId.equals(user.userId()));
    }
}
