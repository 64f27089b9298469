package org.ciip.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import java.util.UUID;
import org.ciip.identity.account.AccountConfirmations;
import org.ciip.identity.account.AccountService;
import org.ciip.shared.api.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's principal or security officer sees its accounts and confirms or rejects the proposed ones, and
 * those of organizations it confirms for as the authority above them.
 */
@Controller
@RequestMapping("/organization/accounts")
class OrganizationAccountsController {

    private final AccountConfirmations accounts;
    private final Organizations organizations;

    OrganizationAccountsController(AccountConfirmations accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.ofOwnOrganization());
        List<AccountService.AccountRecord> awaiting = accounts.awaitingAsAuthority();
        model.addAttribute("awaiting", awaiting);
        Map<UUID, OrganizationSummary> names = new HashMap<>();
        awaiting.forEach(a -> names.computeIfAbsent(a.organizationId(), id -> organizations.find(id).orElse(null)));
        model.addAttribute("organizationsOf", names);
        return "identity/organization-accounts";
    }

    @PostMapping("/{id}/confirmation")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        return decide(id, true, null, redirect);
    }

    @PostMapping("/{id}/rejection")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return decide(id, false, reason, redirect);
    }

    private String decide(UUID id, boolean confirm, String reason, RedirectAttributes redirect) {
        try {
            accounts.decide(id, confirm, reason);
            redirect.addFlashAttribute("saved", confirm ? "orgAccounts.confirmed" : "orgAccounts.rejected");
        } catch (ApiException e) {
            if (e.getStatusCode() == HttpStatus.BAD_REQUEST) {
                redirect.addFlashAttribute("refusedKey", "orgAccounts.reasonRequired");
            } else if (e.getStatusCode() == HttpStatus.CONFLICT) {
                redirect.addFlashAttribute("refusedKey", "orgAccounts.decidedAlready");
            } else if (e.getStatusCode() == HttpStatus.UNPROCESSABLE_CONTENT) {
                redirect.addFlashAttribute("refusedKey", "orgAccounts.notYours");
            } else {
                throw e;
            }
        }
        return "redirect:/organization/accounts";
    }
}
