package org.ciip.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.Validation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = shipped();

    private static PasswordPolicy shipped() {
        try (InputStream in = PasswordPolicyTest.class.getResourceAsStream("/security/common-passwords.txt")) {
            return PasswordPolicy.withListFrom(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> problems(String password) {
        Validation v = new Validation();
        POLICY.check(v, "password", password, "li.wei", "示范商业银行股份有限公司", "Demo Commercial Bank");
        return v.problems().stream().map(FieldProblem::code).toList();
    }

    @Test
    void aLongPassphraseInAnyScriptIsAcceptedWithoutBeingCutAt72Bytes() {
        assertThat(problems("correct-horse-on-the-grid")).isEmpty();
        String chinese = "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少".repeat(6);
        assertThat(chinese.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(problems(chinese)).isEmpty();
    }

    @Test
    void fewerThanTwelveOrMoreThan128CharactersAreRefused() {
        assertThat(problems("short-pass1")).containsExactly("validation.passwordLength");
        assertThat(problems("x".repeat(129))).containsExactly("validation.passwordTooLong");
        assertThat(problems("y".repeat(128))).isEmpty();
        assertThat(problems(null)).containsExactly("validation.passwordLength");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(POLICY.commonPasswords()).isGreaterThan(800);
        assertThat(problems("Password1234")).containsExactly("validation.passwordCommon");
        assertThat(problems("1QAZ2WSX3EDC")).containsExactly("validation.passwordCommon");
        assertThat(problems("woaini1314520")).containsExactly("validation.passwordCommon");
    }

    @Test
    void thePasswordMayNotContainTheUserNameOrTheOrganizationsName() {
        assertThat(problems("LI.WEI-my-own-secret")).containsExactly("validation.passwordHasUsername");
        assertThat(problems("示范商业银行股份有限公司2026")).containsExactly("validation.passwordHasOrganization");
        assertThat(problems("demo commercial bank rocks")).containsExactly("validation.passwordHasOrganization");
    }
}
