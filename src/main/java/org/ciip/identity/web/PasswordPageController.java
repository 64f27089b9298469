package org.ciip.identity.web;

import org.ciip.identity.account.AccountService;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person changes their own password; after an administrator's reset, nothing else opens until they have. */
@Controller
@RequestMapping("/account/password")
class PasswordPageController {

    private final AccountService accounts;

    PasswordPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("forced", accounts.mustChangePassword(Actors.current().accountId()));
        return "identity/password";
    }

    @PostMapping
    String change(@ModelAttribute("form") PasswordForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        boolean forced = accounts.mustChangePassword(Actors.current().accountId());
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "validation.passwordConfirm", "does not repeat the new password");
        }
        try {
            if (!binding.hasErrors()) {
                accounts.changePassword(Actors.current().accountId(), form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("saved", "password.changed");
                return forced ? "redirect:/" : "redirect:/account";
            }
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
        }
        form.clear();
        model.addAttribute("forced", forced);
        return "identity/password";
    }

    /** The change-password form; no password is ever sent back to the browser. */
    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
        public String getConfirmPassword() { return confirmPassword; }
        public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }

        void clear() {
            currentPassword = null;
            newPassword = null;
            confirmPassword = null;
        }
    }
}
