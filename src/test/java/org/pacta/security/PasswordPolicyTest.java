package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords: 12 to 128 characters, and not one of the 1,000 most common ones, dressed up or not. */
class PasswordPolicyTest {

    private static void refused(String password, String why) {
        Optional<String> problem = PasswordPolicy.problem(password).map(org.pacta.platform.Phrase::english);
        assertThat("\"" + password + "\" is refused", problem.isPresent(), org.hamcrest.Matchers.is(true));
        assertThat(problem.get(), containsString(why));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Password1234!", "1234password", "!!password!!",
        "password    ", "qwertyqwerty", "QwertyQwerty", "monkeymonkey", "qwertyuiop12", "1qaz2wsx1qaz2wsx",
        "123456789012", "111111111111", "aaaaaaaaaaaa", "abcabcabcabc", "abababababab", "dragon123456",
        "letmein!!!!!", "qwertyqwerty1", "passwordpassword!"})
    void commonPasswordsAndTheirUsualDisguisesAreRefused(String password) {
        refused(password, "most common passwords");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars", "ＡＢＣＤＥＦＧＨＩＪＫ", "🦊🐻🦉🐺🦔🦝🦡🦫🦦🦥🐢"})
    void fewerThanTwelveCharactersAreRefused(String password) {
        refused(password, password.isEmpty() ? "required" : "at least 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aa1234567890", "ab12345678cd", "hello world 2026", "tidal basin lantern", "correct horse battery staple", "twelve chars", "copper-kettle",
        "пароль надёжный", "🦊🐻🦉🐺🦔🦝🦡🦫🦦🦥🐢🐙", "كلمة سر طويلة جدا", "dragon in the garden"})
    void longUncommonPasswordsOfAnyScriptAreAccepted(String password) {
        assertThat(password, PasswordPolicy.problem(password), equalTo(Optional.empty()));
    }

    /** n characters, each an emoji of two UTF-16 code units, in a pattern that does not repeat. */
    private static String animals(int n) {
        int[] pool = "🦊🐻🦉🐺🦔🦝🦡🦫🦦🦥🐢🐙🦀".codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(pool[(i + i / pool.length) % pool.length]);
        }
        return sb.toString();
    }

    @org.junit.jupiter.api.Test
    void lengthIsCountedInCharactersNotCodeUnits() {
        // Eleven emoji are 22 UTF-16 code units, but eleven characters.
        refused(animals(11), "at least 12");
        assertThat(PasswordPolicy.problem(animals(12)), equalTo(Optional.empty()));
        assertThat(PasswordPolicy.problem(animals(128)), equalTo(Optional.empty()));
        refused(animals(129), "at most 128");
        refused("long passphrase ".repeat(9), "at most 128");
    }

    @org.junit.jupiter.api.Test
    void aBrokenCharacterIsRefusedRatherThanHashedAsAQuestionMark() {
        refused("correct horse \uD83D battery", "unpaired surrogate");
        refused("correct horse \uDC0E battery", "unpaired surrogate");
        refused("correct horse battery \uD83D", "unpaired surrogate");
        assertThat(PasswordPolicy.problem("correct horse \uD83D\uDC0E battery"), equalTo(Optional.empty()));
    }
}
