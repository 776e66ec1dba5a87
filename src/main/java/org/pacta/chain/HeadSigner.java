package org.pacta.chain;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.pacta.platform.PactaConfig;

/**
 * Signs chain heads with the server's Ed25519 key ({@code pacta.ledger.signing-key}), so that a third party holding
 * signed heads can later prove that history changed. Without a key heads are unsigned. A bad key stops the start.
 */
@Singleton
public class HeadSigner {

    private final KeyPair keys;

    @Inject
    public HeadSigner(PactaConfig config) {
        this(config.ledger().signingKey().filter(k -> !k.isBlank()).orElse(null));
    }

    HeadSigner(String base64Pkcs8) {
        this.keys = base64Pkcs8 == null ? null : keyPair(base64Pkcs8.strip());
    }

    /** The public key, base64 of its X.509 encoding; null when heads are not signed. */
    public String publicKey() {
        return keys == null ? null : Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** Base64 Ed25519 signature of {@link #message}; null when heads are not signed. */
    public String sign(long agreementId, long sequence, String hash, String at) {
        if (keys == null) {
            return null;
        }
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(keys.getPrivate());
            ed.update(HeadSignature.message(agreementId, sequence, hash, at).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ed.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key pair of a PKCS#8 private key. The JDK derives an Ed25519 public key only while generating a pair, from
     * the 32 random bytes it draws: handing it the private key's bytes as those gives the pair.
     */
    private static KeyPair keyPair(String base64) {
        try {
            PrivateKey given = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            byte[] seed = ((EdECPrivateKey) given).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("the Ed25519 key has no private bytes"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            KeyPair pair = generator.generateKeyPair();
            return new KeyPair(pair.getPublic(), given);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("pacta.ledger.signing-key is not a base64 PKCS#8 Ed25519 private key: "
                    + e.getMessage(), e);
        }
    }
}
