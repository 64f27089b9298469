package org.ciip.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.ciip.identity.Accounts;
import org.ciip.identity.account.AccountConfirmation;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.mfa.SecondFactorService;
import org.ciip.identity.signin.SignInHistory;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actors;
import org.ciip.shared.Role;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The platform administrator's account management. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final Organizations organizations;
    private final SecondFactorService factors;
    private final SignInHistory history;
    private final org.ciip.identity.passkey.Passkeys passkeys;
    private final org.springframework.context.MessageSource messages;

    AccountAdminController(AccountService accounts, Organizations organizations, SecondFactorService factors,
            SignInHistory history, org.ciip.identity.passkey.Passkeys passkeys,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.history = history;
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.factors = factors;
        this.organizations = organizations;
    }

    @ModelAttribute
    void reference(Model model) {
        Actors.requirePlatformAdministrator("Only the platform administrator manages accounts.");
        model.addAttribute("organizations", organizations.listAll());
        model.addAttribute("roles", Role.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) String mfa, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("mfa", mfa);
        var listed = accounts.list(q, organizationId, "none".equals(mfa),
                PageQuery.of(page, 25, null, java.util.Map.of(), "a.username"));
        model.addAttribute("accounts", listed);
        model.addAttribute("withPasskeys", passkeys.withPasskeys(
                listed.items().stream().map(AccountService.AccountRecord::username).toList()));
        return "identity/accounts";
    }

    /**
     * The administrator's list as CSV or XLSX with its filters (for example the accounts without a second factor), in
     * the reader's language.
     */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String q, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) String mfa, java.util.Locale locale) {
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        List<AccountService.AccountRecord> all = org.ciip.shared.export.TableExport.all(n -> accounts.list(q,
                organizationId, "none".equals(mfa), PageQuery.of(n, PageQuery.MAX_SIZE, null, java.util.Map.of(),
                        "a.username")).items());
        java.util.Set<String> withPasskeys = passkeys.withPasskeys(all.stream()
                .map(AccountService.AccountRecord::username).toList());
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        List<List<Object>> rows = all.stream().map(a -> java.util.Arrays.<Object>asList(a.username(), a.displayName(),
                names.computeIfAbsent(a.organizationId(), id -> organizations.find(id)
                        .map(org.ciip.registry.OrganizationSummary::name).orElse("")),
                a.roleNames().stream().map(r -> m.apply("role." + r)).collect(java.util.stream.Collectors.joining(", ")),
                a.confirmation() == AccountConfirmation.CONFIRMED
                        ? m.apply(a.enabled() ? "account.status.enabled" : "account.status.disabled")
                        : m.apply("account.confirmation." + a.confirmation()),
                a.totpEnrolled(), withPasskeys.contains(a.username()), a.lockedUntil())).toList();
        return org.ciip.shared.export.TableExport.download(format, "accounts", new org.ciip.shared.export.TableExport
                .Table(m.apply("account.list"), List.of(m.apply("account.username"), m.apply("account.displayName"),
                m.apply("account.organization"), m.apply("account.roles"), m.apply("account.status"),
                m.apply("mfa.enrolled"), m.apply("passkey.badge"), m.apply("account.lockedUntil")), rows));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountForm());
        return "identity/account-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            Set<Role> roles = form.getRoles() == null || form.getRoles().isEmpty() ? Set.of()
                    : EnumSet.copyOf(form.getRoles());
            UUID id = accounts.create(new Accounts.NewAccount(form.getUsername(), form.getDisplayName(),
                    form.getOrganizationId(), roles, form.getPassword(), form.getEmail()));
            boolean proposed = accounts.get(id).confirmation() == AccountConfirmation.PROPOSED;
            redirect.addFlashAttribute("saved", proposed ? "account.proposed" : "account.saved");
            return "redirect:/admin/accounts";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            form.setPassword(null);
            return "identity/account-form";
        }
    }

    @GetMapping("/{id}")
    String account(@PathVariable UUID id, Model model) {
        AccountService.AccountRecord account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("passkeyCount", passkeys.of(account.username()).size());
        model.addAttribute("signIns", history.latest(id));
        return "identity/account-admin";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(required = false) String password, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password);
            redirect.addFlashAttribute("saved", "account.passwordReset");
            return "redirect:/admin/accounts/" + id;
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            AccountService.AccountRecord account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("passkeyCount", passkeys.of(account.username()).size());
            model.addAttribute("signIns", history.latest(id));
            model.addAttribute("passwordError", e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0));
            return "identity/account-admin";
        }
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            factors.reset(id);
            redirect.addFlashAttribute("saved", "mfa.resetDone");
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("refused", e.getBody().getDetail());
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled);
            redirect.addFlashAttribute("saved", enabled ? "account.enabledNow" : "account.disabledNow");
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("refused", e.getBody().getDetail());
        }
        return "redirect:/admin/accounts/" + id;
    }

    /** The new-account form. */
    public static class AccountForm {
        private String username;
        private String displayName;
        private UUID organizationId;
        private java.util.List<Role> roles = new java.util.ArrayList<>();
        private String password;
        private String email;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public UUID getOrganizationId() { return organizationId; }
        public void setOrganizationId(UUID organizationId) { this.organizationId = organizationId; }
        public java.util.List<Role> getRoles() { return roles; }
        public void setRoles(java.util.List<Role> roles) { this.roles = roles; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }
}
