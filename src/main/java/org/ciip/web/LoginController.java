package org.ciip.web;

import org.ciip.demo.DemoMode;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final DemoMode demo;
    private final org.ciip.identity.SingleSignOnOption sso;

    LoginController(DemoMode demo, org.ciip.identity.SingleSignOnOption sso) {
        this.demo = demo;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(org.springframework.ui.Model model,
            @org.springframework.web.bind.annotation.RequestParam(name = "factor.reason", required = false)
            String factorReason,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String throttled) {
        model.addAttribute("demoMode", demo.on());
        model.addAttribute("singleSignOn", sso.configured());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        // the throttle's message is shown also to a session stopped at the second step
        if (signedIn && factorReason == null && throttled == null) {
            return "redirect:/";
        }
        // a sensitive action asks a signed-in person for the password again once it is some minutes old
        model.addAttribute("reauthenticate", signedIn && factorReason != null);
        return "login";
    }
}
