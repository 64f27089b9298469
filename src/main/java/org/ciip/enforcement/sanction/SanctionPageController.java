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

    SanctionPageController(SanctionService sanctions) {
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
