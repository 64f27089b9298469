package org.ciip.identity.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.identity.AccountDecided;
import org.ciip.identity.AccountProposed;
import org.ciip.identity.account.AccountService.AccountRecord;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmation of the accounts the platform administrator proposes (DESIGN.md §3): who confirms them (the
 * organization's principal or security officer, or the authority above an organization that has none, {@link
 * ConfirmingAuthority}), their decision, and the proposal again of an account whose credentials the administrator reset.
 */
@Service
public class AccountConfirmations {

    private final StoredAccounts accounts;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountConfirmations(StoredAccounts accounts, Organizations organizations, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Who confirms an account of {@code organization}: the organization itself where it has a principal or security
     * officer other than {@code except}, else the nearest authority above it that has one ({@link
     * ConfirmingAuthority}); empty where nobody can yet (a new installation).
     */
    Optional<UUID> confirmingOrganization(OrganizationSummary organization, UUID except) {
        if (accounts.hasApprover(organization.id(), except)) {
            return Optional.of(organization.id());
        }
        return ConfirmingAuthority.above(organization, organizations::departmentsFor, organizations::idsOfKind)
                .stream().filter(o -> accounts.hasApprover(o, null)).findFirst();
    }

    /**
     * After the administrator reset an account's password or second factor, the account waits again for its
     * organization (or the authority above it) to confirm it: the administrator, who chose or removed the credential,
     * cannot sign in as the person in the meantime. Accounts of the platform's own organization, and an organization
     * nobody can confirm for, stand as they are (the organization is told either way).
     *
     * @param credential {@code PASSWORD} or {@code SECOND_FACTOR}, for the audit entry and the notice
     */
    @Transactional
    public void proposeAgainAfterReset(UUID accountId, String credential) {
        Actors.requirePlatformAdministrator("Only the platform administrator manages accounts.");
        AccountRecord account = accounts.findById(accountId)
                .orElseThrow(() -> ApiException.notFound("Account " + accountId));
        OrganizationSummary organization = organizations.find(account.organizationId()).orElseThrow();
        if (organization.kind() == OrganizationKind.PLATFORM_ADMIN) {
            return;
        }
        Optional<UUID> confirming = confirmingOrganization(organization, account.id());
        boolean proposed = confirming.isPresent() && account.confirmation().isProposedAgainByReset()
                && accounts.proposeAgain(accountId, confirming.get(), Actors.current().username());
        if (proposed) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("username", account.username());
            summary.put("credential", credential);
            summary.put("confirmingOrganization", confirming.get().toString());
            audit.record("ACCOUNT_PROPOSED_AGAIN", "Account", accountId, summary);
        }
        events.publishEvent(new AccountProposed(accountId, account.username(), account.displayName(),
                account.organizationId(), account.roleNames(), proposed ? confirming.get() : null, credential,
                clock.instant()));
    }

    /** The accounts of the actor's own organization, for its principal or security officer. */
    public List<AccountRecord> ofOwnOrganization() {
        Actor actor = Actors.current();
        requireApprover(actor);
        return accounts.ofOrganization(actor.organizationId());
    }

    /**
     * The accounts of other organizations that wait for the actor's organization to confirm them, as the authority
     * above organizations that have no principal or security officer of their own ({@link ConfirmingAuthority}).
     */
    public List<AccountRecord> awaitingAsAuthority() {
        Actor actor = Actors.current();
        requireApprover(actor);
        return accounts.awaitingAsAuthority(actor.organizationId());
    }

    /**
     * The organization's principal or security officer confirms (the account signs in from now on) or rejects (with a
     * reason) an account the administrator proposed, as may the authority above an organization for the accounts it was
     * asked to confirm ({@link ConfirmingAuthority}). An account of another organization answers 404; one decided
     * already, 409; one that waits for someone else (the authority above, or another officer for one's own), 422.
     */
    @Transactional
    public void decide(UUID accountId, boolean confirm, String reason) {
        Actor actor = Actors.current();
        requireApprover(actor);
        AccountRecord account = accounts.findById(accountId)
                .filter(a -> a.organizationId().equals(actor.organizationId())
                        || actor.organizationId().equals(a.confirmingOrganizationId()))
                .orElseThrow(() -> ApiException.notFound("Account " + accountId));
        if (account.confirmation() == AccountConfirmation.PROPOSED
                && !actor.organizationId().equals(account.confirmingOrganizationId())) {
            throw ApiException.unprocessable("account-confirmed-by-another", "The account waits for the "
                    + "confirmation of the authority above your organization, as your organization had no other "
                    + "principal or security officer.");
        }
        if (account.username().equals(actor.username())) {
            throw ApiException.unprocessable("account-confirmed-by-another",
                    "Another principal or security officer confirms your own account.");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (!confirm) {
            Validation v = new Validation();
            v.requireText(why, "reason", 500);
            v.throwIfInvalid();
        }
        AccountConfirmation decision = confirm ? AccountConfirmation.CONFIRMED : AccountConfirmation.REJECTED;
        if (!account.confirmation().canBecome(decision)
                || !accounts.decide(accountId, decision, actor.username(), why, clock.instant())) {
            throw ApiException.conflict("The account was decided already.");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("username", account.username());
        if (why != null) {
            summary.put("reason", why);
        }
        audit.record(confirm ? "ACCOUNT_CONFIRMED" : "ACCOUNT_REJECTED", "Account", accountId, summary);
        events.publishEvent(new AccountDecided(accountId, account.username(),
                account.organizationId(), confirm, actor.username(), why));
    }

    private static void requireApprover(Actor actor) {
        if (actor.roles().stream().noneMatch(Role::canApprove)) {
            throw ApiException.forbidden(
                    "Only the organization's principal or security officer confirms its accounts.");
        }
    }
}
