package org.ciip.identity.web;

import java.util.UUID;
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

/** An organization's principal or security officer sees its accounts and confirms or rejects the proposed ones. */
@Controller
@RequestMapping("/organization/accounts")
class OrganizationAccountsController {

    private final AccountService accounts;

    OrganizationAccountsController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.ofOwnOrganization());
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
            } else {
                throw e;
            }
        }
        return "redirect:/organization/accounts";
    }
}
