package org.ciip.identity.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the login history. */
@Repository
class SignIns {

    private final JdbcClient jdbc;

    SignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a step of a known account's sign-in; nothing when the user name is unknown. */
    java.util.Optional<KnownAccount> insert(String username, Instant at, String address,
            SignInHistory.Channel channel, SignInHistory.Factor factor, SignInHistory.Outcome outcome) {
        return jdbc.sql("""
                        with a as (select id, organization_id from account where username = :u)
                        insert into sign_in (account_id, occurred_at, address, channel, factor, outcome)
                        select id, :at, :address, :channel, :factor, :outcome from a
                        returning account_id, (select organization_id from a) as organization_id""")
                .param("at", Timestamp.from(at)).param("address", address).param("channel", channel.name())
                .param("factor", factor.name()).param("outcome", outcome.name()).param("u", username)
                .query((rs, row) -> new KnownAccount(Rows.uuid(rs, "account_id"), Rows.uuid(rs, "organization_id")))
                .optional();
    }

    /** The account a sign-in step was of, and its organization. */
    record KnownAccount(UUID id, UUID organizationId) {
    }

    /** Deletes the sign-ins before {@code cutoff}; answers how many. Several instances may do it at once. */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from sign_in where occurred_at < :cutoff").param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    List<SignInHistory.SignIn> latest(UUID accountId, int limit) {
        return jdbc.sql("select occurred_at, address, channel, factor, outcome from sign_in where account_id = :id "
                        + "order by occurred_at desc, id desc limit :limit")
                .param("id", accountId).param("limit", limit)
                .query((rs, n) -> new SignInHistory.SignIn(Rows.instant(rs, "occurred_at"), rs.getString("address"),
                        SignInHistory.Channel.valueOf(rs.getString("channel")),
                        SignInHistory.Factor.valueOf(rs.getString("factor")),
                        SignInHistory.Outcome.valueOf(rs.getString("outcome"))))
                .list();
    }
}
