package org.pacta.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pacta.agreement.Agreement;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.Refusal;
import org.pacta.security.Access;

/**
 * Reads of the chain, with the agreement's own read access: anyone for a public agreement, signed-in people for the
 * others. A deleted agreement's chain stays readable on the same terms, by whether it was public when deleted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LedgerService {

    @Inject
    Access access;

    @Inject
    HeadSigner signer;

    public PageResult<LedgerViews.EntryView> entries(long agreementId, PageRequest page) {
        LedgerHead head = readableHead(agreementId);
        List<LedgerEntry> rows = LedgerEntry.<LedgerEntry>find("agreementId = ?1 order by sequence", agreementId)
                .page(page.page(), page.size()).list();
        return PageResult.of(rows.stream().map(LedgerViews.EntryView::of).toList(), page, head.sequence);
    }

    public LedgerViews.HeadView head(long agreementId) {
        return view(readableHead(agreementId));
    }

    /** The whole chain, for the export of an agreement the caller has already been allowed to read. */
    public LedgerViews.ChainView chain(long agreementId) {
        LedgerHead head = readableHead(agreementId);
        List<LedgerViews.EntryView> entries = LedgerEntry.<LedgerEntry>find("agreementId = ?1 order by sequence",
                agreementId).stream().map(LedgerViews.EntryView::of).toList();
        return new LedgerViews.ChainView(view(head), entries);
    }

    private LedgerViews.HeadView view(LedgerHead head) {
        String at = head.at == null ? null : head.at.toString();
        return new LedgerViews.HeadView(head.agreementId, head.sequence, head.hash, at,
                head.deletedAt == null ? null : head.deletedAt.toString(),
                signer.sign(head.agreementId, head.sequence, head.hash, at));
    }

    private LedgerHead readableHead(long agreementId) {
        Agreement a = Agreement.findById(agreementId);
        LedgerHead head = LedgerHead.findById(agreementId);
        boolean visible = a != null ? access.canSee(a.isPublic) : head != null && access.canSee(head.isPublic);
        if (!visible || head == null && a == null) {
            throw Refusal.notFound("Agreement", agreementId);
        }
        return head != null ? head : LedgerHead.empty(agreementId);
    }
}
