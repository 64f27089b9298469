package org.ciip.identity.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.identity.SingleSignOnOption;
import org.ciip.identity.sso.GroupRoleMappings;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actors;
import org.ciip.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator maps the single sign-on issuer's groups to roles that do not approve. */
@Controller
@RequestMapping("/admin/single-sign-on")
class SingleSignOnAdminController {

    private final GroupRoleMappings mappings;
    private final Organizations organizations;
    private final SingleSignOnOption sso;
    private final MessageSource messages;

    SingleSignOnAdminController(GroupRoleMappings mappings, Organizations organizations, SingleSignOnOption sso,
            MessageSource messages) {
        this.mappings = mappings;
        this.organizations = organizations;
        this.sso = sso;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        Actors.requirePlatformAdministrator("Only the platform administrator maps the issuer's groups to roles.");
        Map<UUID, String> names = new java.util.HashMap<>();
        organizations.listAll().forEach(o -> names.put(o.id(), o.name()));
        model.addAttribute("configured", sso.configured());
        model.addAttribute("mappings", mappings.all());
        model.addAttribute("organizationNames", names);
        model.addAttribute("organizations", organizations.listAll());
        model.addAttribute("roles", GroupRoleMappings.MAPPABLE);
        return "identity/single-sign-on";
    }

    @PostMapping
    String map(@RequestParam(required = false) String group, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) String role, RedirectAttributes redirect, Locale locale) {
        if (!FormErrors.step(redirect, messages, locale, "sso.mapped",
                () -> mappings.map(group, organizationId, role))) {
            // the values stay in the form beside their errors
            redirect.addFlashAttribute("group", group);
            redirect.addFlashAttribute("organizationId", organizationId);
            redirect.addFlashAttribute("role", role);
        }
        return "redirect:/admin/single-sign-on";
    }

    @PostMapping("/{id}/remove")
    String unmap(@PathVariable UUID id, RedirectAttributes redirect) {
        mappings.unmap(id);
        redirect.addFlashAttribute("done", "sso.unmapped");
        return "redirect:/admin/single-sign-on";
    }
}
