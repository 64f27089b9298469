package org.ciip.identity.mfa;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over authenticator secrets, used time steps and recovery codes. */
@Repository
class SecondFactors {

    private final JdbcClient jdbc;

    SecondFactors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a new secret for an account whose enrolment is pending (never replaces an enrolled one). */
    boolean setPendingSecret(UUID accountId, String secret) {
        return jdbc.sql("update account set totp_secret = :secret where id = :id and totp_enrolled_at is null")
                .param("secret", secret).param("id", accountId).update() == 1;
    }

    /** Completes enrolment with the secret the code was checked against; answers whether it was still pending. */
    boolean confirm(UUID accountId, String secret, Instant now) {
        return jdbc.sql("update account set totp_enrolled_at = :now where id = :id and totp_enrolled_at is null "
                        + "and totp_secret = :secret")
                .param("now", Timestamp.from(now)).param("id", accountId).param("secret", secret).update() == 1;
    }

    /** Enrols an account with a given secret at once (the demo world's shared secret). */
    void enrolWith(String username, String secret, Instant now) {
        jdbc.sql("update account set totp_secret = :secret, totp_enrolled_at = coalesce(totp_enrolled_at, :now) "
                        + "where username = :u")
                .param("secret", secret).param("now", Timestamp.from(now)).param("u", username).update();
    }

    /** Records that a time step's code was used; false when it had been (a replay). */
    boolean useStep(UUID accountId, long step, Instant now) {
        return jdbc.sql("insert into account_totp_use (account_id, step, used_at) values (:id, :step, :now) "
                        + "on conflict do nothing")
                .param("id", accountId).param("step", step).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Forgets the used steps that no code can match any more. */
    void pruneSteps(UUID accountId, long oldestStillAccepted) {
        jdbc.sql("delete from account_totp_use where account_id = :id and step < :oldest")
                .param("id", accountId).param("oldest", oldestStillAccepted).update();
    }

    void replaceRecoveryCodes(UUID accountId, List<String> codeHashes) {
        jdbc.sql("delete from account_recovery_code where account_id = :id").param("id", accountId).update();
        jdbc.sql("insert into account_recovery_code (account_id, code_hash) "
                        + "select :id, h from unnest(cast(:hashes as char(64)[])) as h")
                .param("id", accountId).param("hashes", codeHashes.toArray(String[]::new)).update();
    }

    /** Spends a recovery code; false when it is unknown or was used. */
    boolean useRecoveryCode(UUID accountId, String codeHash, Instant now) {
        return jdbc.sql("update account_recovery_code set used_at = :now where account_id = :id "
                        + "and code_hash = :hash and used_at is null")
                .param("now", Timestamp.from(now)).param("id", accountId).param("hash", codeHash).update() == 1;
    }

    int unusedRecoveryCodes(UUID accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = :id and used_at is null")
                .param("id", accountId).query(Integer.class).single();
    }

    /** Removes the authenticator, its used steps and its recovery codes (an administrator's reset). */
    boolean remove(UUID accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = :id").param("id", accountId).update();
        jdbc.sql("delete from account_totp_use where account_id = :id").param("id", accountId).update();
        return jdbc.sql("update account set totp_secret = null, totp_enrolled_at = null where id = :id "
                + "and totp_secret is not null").param("id", accountId).update() == 1;
    }
}
