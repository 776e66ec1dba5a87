package org.pacta.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pacta.platform.Phrase;
import org.pacta.platform.Refusals;

/**
 * Passwords of 12 to 128 characters, no composition rules (NIST SP 800-63B), and none of the 1,000 most common
 * ones, whatever their case, nor one of them with only digits or symbols added or repeated ("password1234",
 * "123456789012", "qwertyqwerty", "qwertyqwerty1"). The ranked list is the one nbvcxz ships.
 */
public final class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 128;
    static final int COMMON = 1000;
    private static final Set<String> MOST_COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password cannot be used, or empty when it can. */
    public static Optional<Phrase> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Refusals::password_required);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of(r -> r.password_too_short(MIN));
        }
        if (length > MAX) {
            return Optional.of(r -> r.password_too_long(MAX));
        }
        if (!wellFormed(password)) {
            return Optional.of(Refusals::unpaired_surrogate);
        }
        if (isCommon(password)) {
            return Optional.of(Refusals::password_common);
        }
        return Optional.empty();
    }

    /** Every surrogate in its pair: a broken one reaches the hash as '?', and two such passwords would match. */
    private static boolean wellFormed(String password) {
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < password.length() && Character.isLowSurrogate(password.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isCommon(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        // A common password itself, or with only digits or symbols around it: "password1234", "!!letmein",
        // and "123456789012", which has no letters to strip down to.
        for (int start = 0; start < p.length(); start++) {
            for (int end = p.length(); end > start; end--) {
                if (MOST_COMMON.contains(p.substring(start, end))) {
                    return true;
                }
                if (Character.isLetter(p.charAt(end - 1))) {
                    break;
                }
            }
            if (Character.isLetter(p.charAt(start))) {
                break;
            }
        }
        // Repeated: "qwertyqwerty", "abcabcabcabc", and a repeated common one with digits added, "qwertyqwerty1".
        String stem = p.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        return repeats(p, true) || !stem.isEmpty() && repeats(stem, false);
    }

    private static boolean repeats(String p, boolean anyShortUnit) {
        for (int unit = 1; unit <= p.length() / 2; unit++) {
            if (p.length() % unit == 0 && p.substring(0, unit).repeat(p.length() / unit).equals(p)
                    && (anyShortUnit && unit < 4 || MOST_COMMON.contains(p.substring(0, unit)))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream("dictionaries/passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("nbvcxz's password dictionary is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while (out.size() < COMMON && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
