package org.ciip.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The login history: each step of each sign-in of a known account (the password, then the second factor), from which
 * address (the client's, behind a trusted proxy), on the web or the API, and how it ended. The person sees their own
 * on My account, the administrator any account's.
 */
@Service
public class SignInHistory {

    /** How many sign-ins the pages show. */
    public static final int SHOWN = 20;

    private final SignIns signIns;
    private final AuditTrail audit;
    private final Clock clock;
    private final java.time.Duration retention;

    SignInHistory(SignIns signIns, AuditTrail audit, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${ciip.security.sign-in-history-retention:P365D}")
            java.time.Duration retention) {
        this.signIns = signIns;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Forgets sign-ins older than {@code ciip.security.sign-in-history-retention} (a year), every hour: the history is
     * for noticing someone else's sign-ins, not a record kept for ever (the audit trail keeps what changed).
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public int prune() {
        return signIns.deleteBefore(clock.instant().minus(retention));
    }

    /**
     * Records a step of the current request's sign-in in the history and, with the account as its actor, in the audit
     * trail (issue 23: sign-ins are audited), both in the caller's transaction or, outside one, in one of their own.
     * Not a transaction of its own inside the caller's: a sign-in would then hold two connections of the pool at once,
     * and as many sign-ins at once as the pool has connections would wait for each other. The callers that refuse a
     * step commit what they recorded (they answer the refusal, or roll back for no {@code ApiException}).
     */
    @Transactional
    public void record(String username, Factor factor, Outcome outcome) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        String address = request == null ? null : request.getRemoteAddr();
        Channel channel = request != null && org.ciip.shared.api.ProblemResponses.isApi(request)
                ? Channel.API : Channel.WEB;
        signIns.insert(username, clock.instant(), address, channel, factor, outcome).ifPresent(account -> {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("channel", channel.name());
            summary.put("factor", factor.name());
            summary.put("outcome", outcome.name());
            if (address != null) {
                summary.put("address", address);
            }
            audit.recordAs(username, account.organizationId(), outcome == Outcome.SUCCEEDED ? "SIGN_IN_STEP"
                    : "SIGN_IN_REFUSED", "Account", account.id(), summary);
        });
    }

    public List<SignIn> latest(UUID accountId) {
        return signIns.latest(accountId, SHOWN);
    }

    public enum Channel { WEB, API }

    public enum Factor { PASSWORD, TOTP, RECOVERY_CODE, PASSKEY }

    public enum Outcome { SUCCEEDED, WRONG_PASSWORD, WRONG_CODE, MISSING_CODE, LOCKED, DISABLED }

    public record SignIn(Instant at, String address, Channel channel, Factor factor, Outcome outcome) {
    }
}
