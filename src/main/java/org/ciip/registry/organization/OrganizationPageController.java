package org.ciip.registry.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Provinces;
import org.ciip.registry.Sectors;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.export.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.ciip.shared.OrganizationKind;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Controller
@RequestMapping("/organizations")
class OrganizationPageController {

    private final OrganizationService organizations;
    private final Sectors sectors;
    private final Provinces provinces;
    private final MessageSource messages;

    OrganizationPageController(OrganizationService organizations, Sectors sectors, Provinces provinces,
            MessageSource messages) {
        this.organizations = organizations;
        this.sectors = sectors;
        this.provinces = provinces;
        this.messages = messages;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("sectors", sectors.all());
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("isAdmin", Actors.current().is(OrganizationKind.PLATFORM_ADMIN));
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) String sector, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("sector", sector);
        model.addAttribute("size", size);
        model.addAttribute("organizations", organizations.list(Actors.current(), q, kind, sector,
                PageQuery.of(page, size == null ? 25 : size, null, OrganizationService.SORTABLE, "o.name asc, o.id")));
        return "registry/organizations";
    }

    /** The list as CSV or XLSX, with the page's filters, names, kinds, provinces and sectors in the reader's language. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String q, @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) String sector, Locale locale) {
        Actor actor = Actors.current();
        Function<String, String> m = TableExport.labels(messages, locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        List<List<Object>> rows = TableExport.all(n -> organizations.list(actor, q, kind, sector, PageQuery.of(n,
                PageQuery.MAX_SIZE, null, OrganizationService.SORTABLE, "o.name asc, o.id")).items()).stream()
                .map(o -> Arrays.<Object>asList(chinese || o.nameEn() == null ? o.name() : o.nameEn(),
                        m.apply("orgKind." + o.kind()), o.creditCode(), provinces.placeOf(o.regionCode(), chinese),
                        o.regionCode(), o.sectors().stream().map(code -> sectors.find(code)
                                .map(s -> chinese ? s.nameZh() : s.nameEn()).orElse(code))
                                .collect(Collectors.joining(chinese ? "、" : ", "))))
                .toList();
        return TableExport.download(format, "organizations", new TableExport.Table(m.apply("organization.list"),
                List.of(m.apply("organization.name"), m.apply("organization.kind"), m.apply("organization.creditCode"),
                        m.apply("compliance.province"), m.apply("organization.regionCode"),
                        m.apply("organization.sectors")), rows));
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("organization", organizations.get(Actors.current(), id));
        return "registry/organization";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireAdmin();
        model.addAttribute("form", new OrganizationForm());
        return "registry/organization-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") OrganizationForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            OrganizationSummary created = organizations.register(form.toRegistration());
            redirect.addFlashAttribute("saved", "organization.saved");
            return "redirect:/organizations/" + created.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return "registry/organization-form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        requireAdmin();
        OrganizationSummary organization = organizations.get(Actors.current(), id);
        model.addAttribute("organization", organization);
        model.addAttribute("form", OrganizationForm.of(organization));
        return "registry/organization-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") OrganizationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        OrganizationSummary organization = organizations.get(Actors.current(), id);
        model.addAttribute("organization", organization);
        form.setKind(organization.kind());
        try {
            organizations.update(id, form.toChange());
            redirect.addFlashAttribute("saved", "organization.saved");
            return "redirect:/organizations/" + id;
        } catch (ApiException e) {
            if (e.getStatusCode() == HttpStatus.CONFLICT) {
                binding.reject("organization.stale");
                return "registry/organization-form";
            }
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return "registry/organization-form";
        }
    }

    private static void requireAdmin() {
        Actors.requirePlatformAdministrator("Only the platform administrator registers and edits organizations.");
    }
}
