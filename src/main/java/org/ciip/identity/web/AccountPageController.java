package org.ciip.identity.web;

import java.util.UUID;
import org.ciip.identity.signin.SignInHistory;
import org.ciip.identity.token.ApiTokenService;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's account page: who they are, and their personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountPageController {

    private final ApiTokenService tokens;
    private final SignInHistory history;

    AccountPageController(ApiTokenService tokens, SignInHistory history) {
        this.tokens = tokens;
        this.history = history;
    }

    @GetMapping
    String account(Model model) {
        model.addAttribute("tokens", tokens.list(Actors.current()));
        model.addAttribute("signIns", history.latest(Actors.current().accountId()));
        return "identity/account";
    }

    @PostMapping("/tokens")
    String issue(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            ApiTokenService.IssuedToken issued = tokens.issue(Actors.current(), name);
            redirect.addFlashAttribute("newToken", issued.token());
            redirect.addFlashAttribute("newTokenExpiresAt", issued.expiresAt());
        } catch (ApiException e) {
            redirect.addFlashAttribute("tokenError", "token.nameTooLong");
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(Actors.current(), id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account";
    }
}
