package org.pacta.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** What a head's signature covers, and its check: JDK only, for the verifier as much as for the server. */
public final class HeadSignature {

    private HeadSignature() {
    }

    /** What is signed: the canonical JSON of the head's agreementId, at (when set), hash and sequence. */
    public static String message(long agreementId, long sequence, String hash, String at) {
        Map<String, Object> head = new TreeMap<>();
        head.put("agreementId", agreementId);
        head.put("sequence", sequence);
        head.put("hash", hash);
        head.put("at", at);
        return Canonical.write(Canonical.tree(head));
    }

    /** Whether {@code signature} is {@code publicKey}'s over the head; any malformed part answers false. */
    public static boolean verify(String publicKey, String signature, long agreementId, long sequence, String hash,
            String at) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.strip())));
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(key);
            ed.update(message(agreementId, sequence, hash, at).getBytes(StandardCharsets.UTF_8));
            return ed.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
