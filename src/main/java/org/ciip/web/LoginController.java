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

    LoginController(DemoMode demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(org.springframework.ui.Model model) {
        model.addAttribute("demoMode", demo.on());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "login";
    }
}
