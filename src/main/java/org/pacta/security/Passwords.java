package org.pacta.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.config.SmallRyeConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pacta.platform.PactaConfig;

/**
 * How passwords are stored. bcrypt reads only the first 72 bytes of its input, fewer characters than a password
 * may have (128, and a Cyrillic letter is two bytes, an emoji four), so bcrypt (cost 12 by default) hashes
 * base64(SHA-384(UTF-8 password)) instead: 64 ASCII characters, never a NUL, in which every character of the
 * password counts. Such hashes are stored with {@link #PREFIX}; a hash without it is from before, bcrypt of the
 * password itself, and still verifies until a sign-in replaces it ({@link PasswordIdentityProvider}).
 */
final class Passwords {

    /** Marks the current scheme in {@code app_user.password_hash}: 14 characters before a 60-character bcrypt string. */
    static final String PREFIX = "sha384-bcrypt:";

    private Passwords() {
    }

    static String hash(String password) {
        return PREFIX + BcryptUtil.bcryptHash(prehash(password), Cost.VALUE);
    }

    static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        if (isLegacy(stored)) {
            return BcryptUtil.matches(password, stored);
        }
        return BcryptUtil.matches(prehash(password), stored.substring(PREFIX.length()));
    }

    /** A hash from before the pre-hash, which a correct sign-in replaces. */
    static boolean isLegacy(String stored) {
        return !stored.startsWith(PREFIX);
    }

    /** The work of checking a password against a real hash, spent when there is no account to check it against. */
    static void checkAgainstNobody(String password) {
        matches(password == null ? "" : password, Decoy.HASH);
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-384").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is part of every Java runtime", e);
        }
    }

    /** pacta.security.password-cost, read once: hashing happens also where no bean is at hand (the first start). */
    static final class Cost {
        static final int VALUE = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PactaConfig.class)
                .security().passwordCost();

        private Cost() {
        }
    }

    /** A hash in the current scheme, at the configured cost, of a password nobody knows; made at its first use. */
    private static final class Decoy {
        static final String HASH = hash(UUID.randomUUID().toString());
    }
}
