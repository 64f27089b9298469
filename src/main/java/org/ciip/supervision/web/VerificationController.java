package org.ciip.supervision.web;

import org.ciip.shared.api.ApiException;
import org.ciip.supervision.TestingAuthorizations;
import org.ciip.supervision.Verification;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public verification of testing authorizations (Art. 31), without signing in: as JSON for tools
 * ({@code Accept: application/json}) and as a page for people, answering whether testing may run now and whether a
 * source address and a target are in scope, and nothing else of the operator.
 */
@Controller
class VerificationController {

    private final TestingAuthorizations testing;

    VerificationController(TestingAuthorizations testing) {
        this.testing = testing;
    }

    /** JSON unless the caller asks for a page: a tool that sends no Accept header, or any, gets JSON. */
    @GetMapping("/verify/authorizations/{number}")
    @ResponseBody
    Verification verify(@PathVariable String number, @RequestParam(required = false) String source,
            @RequestParam(required = false) String target) {
        return testing.verify(number, source, target);
    }

    @GetMapping(value = "/verify/authorizations/{number}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String number, @RequestParam(required = false) String source,
            @RequestParam(required = false) String target, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("source", source);
        model.addAttribute("target", target);
        try {
            model.addAttribute("verification", testing.verify(number, source, target));
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("unknown", true);
        }
        return "supervision/verify";
    }

    @GetMapping(value = "/verify/authorizations", produces = MediaType.TEXT_HTML_VALUE)
    String lookup(@RequestParam(required = false) String number) {
        if (number == null || number.isBlank()) {
            return "supervision/verify";
        }
        return "redirect:/verify/authorizations/" + java.net.URLEncoder.encode(number.trim(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
