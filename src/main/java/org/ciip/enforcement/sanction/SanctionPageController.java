package org.ciip.enforcement.sanction;

import java.time.LocalDate;
import java.util.Map;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sanctions register in the browser, for public security organs and MPS. */
@Controller
class SanctionPageController {

    private final SanctionService sanctions;
    private final org.springframework.context.MessageSource messages;

    SanctionPageController(SanctionService sanctions, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.sanctions = sanctions;
    }

    @GetMapping("/sanctions")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = Actors.current();
        if (!SanctionService.isKeeper(actor)) {
            throw ApiException.notFound("The sanctions register");
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SanctionForm());
        }
        return render(q, page, model);
    }

    /**
     * The register as the page lists it (with its search), as CSV or XLSX in the reader's language; identity numbers
     * only as their last four characters, as on the page.
     */
    @GetMapping("/sanctions/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
            java.util.Locale locale) {
        Actor actor = Actors.current();
        if (!SanctionService.isKeeper(actor)) {
            throw ApiException.notFound("The sanctions register");
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> sanctions.list(actor, q, null,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "registered_at")).items()).stream()
                .map(v -> java.util.Arrays.<Object>asList(v.personName() + " (…" + v.idLast4() + ")",
                        m.apply("sanctionKind." + v.kind()), v.decidedOn(),
                        org.ciip.shared.Citation.of(v.article(), chinese),
                        v.barredForLife() ? m.apply("sanction.forLife") : v.barredUntil(),
                        m.apply(v.inForce() ? "sanction.inForce" : "sanction.expired"),
                        v.registeredByOrganization()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "sanctions", new org.ciip.shared.export.TableExport
                .Table(m.apply("sanction.title"), java.util.List.of(m.apply("program.person"),
                m.apply("sanction.kind"), m.apply("sanction.decidedOn"), m.apply("sanction.article"),
                m.apply("sanction.ban"), m.apply("sanction.inForce"), m.apply("sanction.registeredBy")), rows));
    }

    @PostMapping("/sanctions")
    String register(@ModelAttribute("form") SanctionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            var registered = sanctions.register(Actors.current(), new SanctionService.NewSanction(form.getPersonName(),
                    form.getIdNumber(), form.getKind(), form.getDecidedOn(), form.getArticle()));
            redirect.addFlashAttribute("registered", registered);
            return "redirect:/sanctions";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return render(null, null, model);
        }
    }

    private String render(String q, Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sanctions", sanctions.list(Actors.current(), q, null,
                PageQuery.of(page, 25, null, Map.of(), "registered_at")));
        model.addAttribute("banRules", sanctions.banRules());
        return "enforcement/sanctions";
    }

    /** The registration form; the identity number is never sent back to the browser. */
    public static class SanctionForm {
        private String personName;
        private String idNumber;
        private String kind;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate decidedOn;
        private String article;

        public String getPersonName() { return personName; }
        public void setPersonName(String personName) { this.personName = personName; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
        public String getArticle() { return article; }
        public void setArticle(String article) { this.article = article; }
    }
}
