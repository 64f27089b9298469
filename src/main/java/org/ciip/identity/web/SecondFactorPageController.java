package org.ciip.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.account.AccountService.AccountRecord;
import org.ciip.identity.mfa.SecondFactorService;
import org.ciip.identity.mfa.SecondFactorService.Enrolment;
import org.ciip.identity.passkey.Passkeys;
import org.ciip.identity.security.CiipUser;
import org.ciip.identity.security.SignInFactors;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in (the authenticator's code or a passkey, or enrolling an authenticator when the account
 * must use a second factor and has none), and the account page's own factors: the authenticator and the passkeys.
 */
@Controller
class SecondFactorPageController {

    private final SecondFactorService factors;
    private final AccountService accounts;
    private final Clock clock;
    private final Passkeys passkeys;

    SecondFactorPageController(SecondFactorService factors, AccountService accounts, Clock clock, Passkeys passkeys) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping(SignInFactors.SECOND_FACTOR_PAGE)
    String step(Model model) {
        CiipUser user = SignInFactors.awaitingSecondFactor(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            return "redirect:/";
        }
        return stepPage(model, accounts.byId(user.actor().accountId()), null);
    }

    @PostMapping(SignInFactors.SECOND_FACTOR_PAGE)
    String submit(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        CiipUser user = SignInFactors.awaitingSecondFactor(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            return "redirect:/";
        }
        AccountRecord account = accounts.byId(user.actor().accountId());
        if (!account.totpEnrolled() && passkeys.any(account.username())) {
            // nothing to type: this account's second step is its passkey
            return stepPage(model, account, null);
        }
        if (!account.totpEnrolled()) {
            try {
                List<String> codes = factors.confirmEnrolment(account.id(), code);
                SignInFactors.grantSecondFactor(request, response, clock.instant());
                model.addAttribute("codes", codes);
                model.addAttribute("next", savedUrl(request, response));
                return "identity/recovery-codes";
            } catch (ApiException e) {
                if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                    throw e;
                }
                return lockedOut(account, request) ? "redirect:/login?error" : stepPage(model, account, "mfa.wrongCode");
            }
        }
        if (factors.verify(account.username(), code)) {
            SignInFactors.grantSecondFactor(request, response, clock.instant());
            return "redirect:" + savedUrl(request, response);
        }
        return lockedOut(account, request) ? "redirect:/login?error" : stepPage(model, account, "mfa.wrongCode");
    }

    /** Too many wrong codes locked the account: the half-finished sign-in ends. */
    private boolean lockedOut(AccountRecord account, HttpServletRequest request) {
        if (!factors.locked(account.username())) {
            return false;
        }
        SecurityContextHolder.clearContext();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return true;
    }

    private String stepPage(Model model, AccountRecord account, String error) {
        // the person is not signed in yet: the page has no navigation
        model.addAttribute("me", null);
        model.addAttribute("error", error);
        boolean passkey = passkeys.any(account.username());
        model.addAttribute("passkey", passkey);
        if (account.totpEnrolled()) {
            model.addAttribute("mode", "code");
        } else if (passkey) {
            model.addAttribute("mode", "passkey");
        } else {
            Enrolment enrolment = factors.pendingEnrolment(account.id())
                    .orElseGet(() -> factors.startEnrolment(account.id()));
            model.addAttribute("mode", "enrol");
            model.addAttribute("secret", enrolment.secret());
            model.addAttribute("qr", SecondFactorService.qrCode(enrolment));
        }
        return "identity/second-factor";
    }

    private String savedUrl(HttpServletRequest request, HttpServletResponse response) {
        return SignInFactors.savedPage(request, response);
    }

    @GetMapping("/account/second-factor")
    String account(Model model) {
        UUID id = Actors.current().accountId();
        AccountRecord account = accounts.byId(id);
        model.addAttribute("account", account);
        model.addAttribute("required", SecondFactorService.requiredFor(Actors.current().organizationKind(),
                account.roles()));
        model.addAttribute("passkeys", passkeys.of(account.username()));
        if (account.totpEnrolled()) {
            model.addAttribute("codesLeft", factors.recoveryCodesLeft(id));
        } else {
            factors.pendingEnrolment(id).ifPresent(e -> {
                model.addAttribute("secret", e.secret());
                model.addAttribute("qr", SecondFactorService.qrCode(e));
            });
        }
        return "identity/second-factor-account";
    }

    @PostMapping("/account/second-factor/start")
    String start() {
        factors.startEnrolment(Actors.current().accountId());
        return "redirect:/account/second-factor";
    }

    @PostMapping("/account/second-factor/confirm")
    String confirm(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            List<String> codes = factors.confirmEnrolment(Actors.current().accountId(), code);
            SignInFactors.grantSecondFactor(request, response, clock.instant());
            model.addAttribute("codes", codes);
            model.addAttribute("next", "/account/second-factor");
            return "identity/recovery-codes";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("error", "mfa.wrongCode");
            return "redirect:/account/second-factor";
        }
    }

    /** The person removes one of their passkeys (audited); another account's answers 404. */
    @PostMapping("/account/second-factor/passkeys/remove")
    String removePasskey(@RequestParam String id, RedirectAttributes redirect) {
        passkeys.remove(Actors.current().username(), id);
        redirect.addFlashAttribute("done", "passkey.removed");
        return "redirect:/account/second-factor";
    }

    @PostMapping("/account/second-factor/recovery-codes")
    String renew(Model model) {
        model.addAttribute("codes", factors.renewRecoveryCodes(Actors.current().accountId()));
        model.addAttribute("next", "/account/second-factor");
        return "identity/recovery-codes";
    }
}
