package org.ciip.supervision.web;

import java.util.Map;
import java.util.UUID;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.web.FormErrors;
import org.ciip.supervision.ThreatReporting;
import org.ciip.supervision.ThreatView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of major-threat reports (Art. 18). */
@Controller
class ThreatPages {

    private final ThreatReporting threats;
    private final AssetRegistry assets;

    private final org.springframework.context.MessageSource messages;

    ThreatPages(ThreatReporting threats, AssetRegistry assets, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.threats = threats;
        this.assets = assets;
    }

    static boolean mayUse(Actor actor) {
        return actor.is(OrganizationKind.OPERATOR) || actor.is(OrganizationKind.PROTECTION_DEPARTMENT)
                || actor.is(OrganizationKind.PUBLIC_SECURITY_ORGAN);
    }

    @GetMapping("/threats")
    String list(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = Actors.current();
        if (!mayUse(actor)) {
            throw ApiException.notFound("Threat reports");
        }
        model.addAttribute("threats", threats.list(actor, PageQuery.of(page, 25, null, Map.of(), "reported_at")));
        model.addAttribute("mayReport", actor.is(OrganizationKind.OPERATOR) && actor.canWrite());
        return "supervision/threats";
    }

    /** The threat reports the reader sees, as CSV or XLSX in the reader's language, newest last as on the page. */
    @GetMapping("/threats/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(@RequestParam(required = false) String format, java.util.Locale locale) {
        Actor actor = Actors.current();
        if (!mayUse(actor)) {
            throw ApiException.notFound("Threat reports");
        }
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> threats.list(actor,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "reported_at")).items()).stream()
                .map(t -> java.util.Arrays.<Object>asList(t.title(), t.operatorName(), t.discoveredAt(),
                        t.reportedAt(), t.late(), m.apply("threatStatus." + t.status())))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "threat-reports",
                new org.ciip.shared.export.TableExport.Table(m.apply("threat.list"), java.util.List.of(
                        m.apply("threat.title"), m.apply("threat.operator"), m.apply("threat.discoveredAt"),
                        m.apply("threat.reportedAt"), m.apply("threat.late"), m.apply("threat.status")), rows));
    }

    @GetMapping("/threats/new")
    String newThreat(Model model) {
        return form(new ThreatForm(), model);
    }

    private String form(ThreatForm form, Model model) {
        Actor actor = Actors.current();
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("An operator's staff report the threats it discovers (Art. 18).");
        }
        model.addAttribute("form", form);
        model.addAttribute("assetChoices", assets.withStatus(actor, "CII", PageQuery.of(0, 200, null, Map.of(),
                "lower(a.name)")).items());
        return "supervision/threat-form";
    }

    @PostMapping("/threats")
    String report(@ModelAttribute("form") ThreatForm form, BindingResult binding, Model model) {
        try {
            ThreatView threat = threats.report(Actors.current(), form.toRequest());
            return "redirect:/threats/" + threat.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return form(form, model);
        }
    }

    @GetMapping("/threats/{id}")
    String threat(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        ThreatView threat = threats.find(actor, id);
        model.addAttribute("threat", threat);
        model.addAttribute("assetNames", threat.assetIds().isEmpty() ? java.util.List.of()
                : assets.visible(actor, threat.assetIds()).stream().map(AssetRegistry.AssetSummary::name).toList());
        boolean recipient = threats.isRecipient(actor, threat) && actor.canWrite();
        model.addAttribute("mayAcknowledge", recipient && threat.status() == org.ciip.supervision.ThreatStatus.REPORTED);
        model.addAttribute("mayWarn", recipient && actor.is(OrganizationKind.PROTECTION_DEPARTMENT)
                && threat.warningId() == null);
        model.addAttribute("mayAskSupport", actor.is(OrganizationKind.PROTECTION_DEPARTMENT) && actor.canWrite());
        return "supervision/threat";
    }

    @PostMapping("/threats/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        threats.acknowledge(Actors.current(), id);
        redirect.addFlashAttribute("saved", "threat.acknowledgedSaved");
        return "redirect:/threats/" + id;
    }
}
