package org.pacta.chain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signed heads and the verifier's use of them, on a chain built by hand: no application needed. */
class HeadSignerTest {

    private final KeyPair pair = generate();
    private final HeadSigner signer = new HeadSigner(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));

    @Test
    void thePublicKeyIsDerivedFromThePrivateKeyAlone() {
        assertThat(signer.publicKey(), equalTo(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
    }

    @Test
    void aSignedHeadVerifiesAndAnyChangeToItDoesNot() {
        String hash = Canonical.hash(Canonical.GENESIS, "{}");
        String signature = signer.sign(7, 3, hash, "2026-03-05T20:30:00Z");

        assertThat(HeadSignature.verify(signer.publicKey(), signature, 7, 3, hash, "2026-03-05T20:30:00Z"), equalTo(true));
        assertThat(HeadSignature.verify(signer.publicKey(), signature, 7, 4, hash, "2026-03-05T20:30:00Z"), equalTo(false));
        assertThat(HeadSignature.verify(signer.publicKey(), signature, 7, 3, Canonical.GENESIS, "2026-03-05T20:30:00Z"),
                equalTo(false));
        assertThat(HeadSignature.verify("not a key", signature, 7, 3, hash, null), equalTo(false));
    }

    @Test
    void withoutAKeyHeadsAreUnsignedAndABadKeyIsRefused() {
        assertThat(new HeadSigner((String) null).sign(1, 1, Canonical.GENESIS, null), equalTo(null));
        assertThrows(IllegalArgumentException.class, () -> new HeadSigner("bm90IGEga2V5"));
    }

    @Test
    void theVerifierChecksTheHeadSignatureWhenGivenTheKey() {
        ObjectNode doc = chain(signer);
        assertThat(VerifyChain.verify(doc, signer.publicKey()).message(), containsString("OK: 2 entries"));

        HeadSigner other = new HeadSigner(Base64.getEncoder().encodeToString(generate().getPrivate().getEncoded()));
        VerifyChain.Outcome forged = VerifyChain.verify(chain(other), signer.publicKey());
        assertThat(forged.ok(), equalTo(false));
        assertThat(forged.message(), containsString("signature is not the key's"));
    }

    @Test
    void theVerifierNamesAMissingOrReorderedEntry() {
        ObjectNode doc = chain(signer);
        ((ArrayNode) doc.get("entries")).remove(0);
        assertThat(VerifyChain.verify(doc).ok(), equalTo(true)); // a run of entries that starts later checks from there
        ObjectNode swapped = chain(signer);
        ArrayNode entries = (ArrayNode) swapped.get("entries");
        entries.insert(0, entries.remove(1));
        VerifyChain.Outcome outcome = VerifyChain.verify(swapped);
        assertThat(outcome.message(), containsString("FAIL at entry 1 (PROGRESS_RECORDED progress/1): sequence 1 where 3 was expected"));
    }

    /** Two entries and their head, as the export carries them. */
    private static ObjectNode chain(HeadSigner signer) {
        ObjectNode doc = Canonical.mapper().createObjectNode();
        ArrayNode entries = doc.putArray("entries");
        String prev = Canonical.GENESIS;
        for (int seq = 1; seq <= 2; seq++) {
            String at = "2026-03-0" + seq + "T00:00:00Z";
            var data = Canonical.tree(Map.of("percent", seq * 10));
            String hash = Canonical.hash(prev, Canonical.body(7, seq, at, "PROGRESS_RECORDED", "progress/" + seq, "IR", data));
            ObjectNode e = entries.addObject();
            e.put("agreementId", 7).put("sequence", seq).put("at", at).put("kind", "PROGRESS_RECORDED")
                    .put("subject", "progress/" + seq).put("actor", "IR").put("prevHash", prev).put("hash", hash);
            e.set("data", data);
            prev = hash;
        }
        ObjectNode head = doc.putObject("head");
        head.put("agreementId", 7).put("sequence", 2).put("hash", prev).put("at", "2026-03-02T00:00:00Z")
                .put("signature", signer.sign(7, 2, prev, "2026-03-02T00:00:00Z"));
        return doc;
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
