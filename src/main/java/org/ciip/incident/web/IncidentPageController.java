package org.ciip.incident.web;

import java.util.Map;
import java.util.UUID;
import org.ciip.incident.grading.DataThreat;
import org.ciip.incident.IncidentListOrder;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.IncidentRequests;
import org.ciip.incident.IncidentReporting;
import org.ciip.incident.IncidentView;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Incident screens: the report form with a live grading preview, the incident with its clocks, and the lists that
 * serve as every recipient's inbox (Art. 18). */
@Controller
@RequestMapping("/incidents")
class IncidentPageController {

    private final IncidentReporting incidents;
    private final AssetRegistry assets;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;

    IncidentPageController(IncidentReporting incidents, AssetRegistry assets, java.time.Clock clock,
            org.springframework.context.MessageSource messages) {
        this.incidents = incidents;
        this.assets = assets;
        this.clock = clock;
        this.messages = messages;
    }

    /** The report as a PDF in Chinese or English (?lang=zh or en; default: the reader's language). */
    @GetMapping("/{id}/document")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable UUID id,
            @RequestParam(required = false) String lang, java.util.Locale locale) {
        return IncidentDocument.pdf(incidents.find(Actors.current(), id), lang, locale, messages);
    }

    /** The list as CSV or XLSX, with the list's filters, headers and codes in the reader's language. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String grade, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean late, @RequestParam(required = false) String waiting,
            @RequestParam(required = false) String q, @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
            @RequestParam(required = false) String sort, java.util.Locale locale) {
        Actor actor = Actors.current();
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        IncidentReporting.ListFilter filter = new IncidentReporting.ListFilter(grade, status, late, waiting, q, from, to);
        var rows = org.ciip.shared.export.TableExport.all(n -> incidents.list(actor, filter,
                PageQuery.of(n, PageQuery.MAX_SIZE, sort, IncidentListOrder.SORTABLE,
                        IncidentListOrder.DEFAULT_ORDER)).items()).stream()
                .map(i -> java.util.Arrays.<Object>asList(i.reportedAt(), i.operatorName(), i.summary(),
                        m.apply("category." + i.category()), m.apply("grade." + i.grade()),
                        m.apply("incident.status." + i.status()), i.discoveredAt(), i.late(), i.nextDueAt(),
                        i.nextDueKind() == null ? null : m.apply("obligation." + i.nextDueKind())))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "incidents", new org.ciip.shared.export.TableExport
                .Table(m.apply("incident.list"), java.util.List.of(m.apply("incident.reportedAt"),
                m.apply("asset.operator"), m.apply("incident.summary"), m.apply("export.category"),
                m.apply("incident.grade"), m.apply("incident.status"), m.apply("incident.discoveredAt"),
                m.apply("incident.late"), m.apply("incident.nextClock"), m.apply("export.nextClockKind")), rows));
    }

    @ModelAttribute
    void reference(Model model) {
        Actor actor = Actors.current();
        model.addAttribute("isOperator", actor.is(OrganizationKind.OPERATOR) && actor.canWrite());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("categories", IncidentReporting.CATEGORIES);
        model.addAttribute("threats", DataThreat.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String grade, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean late, @RequestParam(required = false) String waiting,
            @RequestParam(required = false) String q, @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("grade", grade);
        model.addAttribute("status", status);
        model.addAttribute("lateOnly", Boolean.TRUE.equals(late));
        model.addAttribute("waiting", waiting == null || waiting.isBlank() ? null : waiting.trim());
        model.addAttribute("q", q == null || q.isBlank() ? null : q.trim());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("size", size);
        model.addAttribute("incidents", incidents.list(Actors.current(), new IncidentReporting.ListFilter(grade, status,
                late, waiting, q, from, to), PageQuery.of(page, size == null ? 25 : size, sort, IncidentListOrder.SORTABLE,
                IncidentListOrder.DEFAULT_ORDER)));
        model.addAttribute("sort", sort == null || sort.isBlank() ? null : sort.trim());
        model.addAttribute("remaining", new Remaining(clock.instant()));
        return "incident/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new IncidentForm());
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("ownAssets", assets.withStatus(Actors.current(), null,
                PageQuery.of(0, 200, null, Map.of(), "lower(a.name)")).items());
        return "incident/form";
    }

    @PostMapping("/preview")
    String preview(@ModelAttribute("form") IncidentForm form, Model model) {
        try {
            model.addAttribute("preview", incidents.preview(Actors.current(), form.getAssetIds(),
                    form.discoveredInstant(), form.impact(), form.getGrade()));
        } catch (ApiException e) {
            model.addAttribute("previewError", true);
        }
        return "incident/form :: preview";
    }

    @PostMapping
    String report(@ModelAttribute("form") IncidentForm form, BindingResult binding, Model model) {
        try {
            IncidentView incident = incidents.report(Actors.current(), form.toReport());
            return "redirect:/incidents/" + incident.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        IncidentView incident = incidents.find(actor, id);
        model.addAttribute("incident", incident);
        model.addAttribute("remaining", new Remaining(clock.instant()));
        model.addAttribute("isOwner", actor.is(OrganizationKind.OPERATOR) && actor.canWrite()
                && actor.organizationId().equals(incident.operatorId()));
        model.addAttribute("mayForward", actor.canWrite() && incident.obligations().stream()
                .anyMatch(o -> o.kind().startsWith("FORWARD_TO_") && o.metAt() == null
                        && actor.organizationId().equals(o.obligedId())));
        model.addAttribute("mayAcknowledge", incident.recipients().stream()
                .anyMatch(r -> r.organizationId().equals(actor.organizationId()) && r.acknowledgedAt() == null));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of());
        }
        return "incident/show";
    }

    /** Time left on a clock, for the pages. */
    record Remaining(java.time.Instant now) {

        public long minutes(java.time.Instant due) {
            return java.time.Duration.between(now, due).toMinutes();
        }

        public boolean passed(java.time.Instant due) {
            return due.isBefore(now);
        }
    }

    @PostMapping("/{id}/forwarding")
    String forward(@PathVariable UUID id, RedirectAttributes redirect) {
        incidents.forward(Actors.current(), id);
        redirect.addFlashAttribute("done", "incident.forwarded");
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        incidents.acknowledge(Actors.current(), id);
        redirect.addFlashAttribute("done", "incident.acknowledged");
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/{id}/supplements")
    String supplement(@PathVariable UUID id, @RequestParam(required = false) String development,
            java.util.Locale locale, RedirectAttributes redirect) {
        return guarded(id, redirect, () -> incidents.supplement(Actors.current(), id,
                new IncidentRequests.Supplement(development, null, null, null, null, null, null, null)),
                "incident.supplemented", java.util.Collections.singletonMap("development", development), locale);
    }

    @PostMapping("/{id}/handling-ended")
    String handlingEnded(@PathVariable UUID id, java.util.Locale locale, RedirectAttributes redirect) {
        return guarded(id, redirect, () -> incidents.endHandling(Actors.current(), id), "incident.handlingEnded",
                Map.of(), locale);
    }

    @PostMapping("/{id}/final-report")
    String finalReport(@PathVariable UUID id, @ModelAttribute IncidentRequests.FinalReport report,
            java.util.Locale locale, RedirectAttributes redirect) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("cause", report.cause());
        values.put("response", report.response());
        values.put("harm", report.harm());
        values.put("accountability", report.accountability());
        values.put("rectification", report.rectification());
        values.put("lessons", report.lessons());
        return guarded(id, redirect, () -> incidents.fileFinalReport(Actors.current(), id, report), "incident.closed",
                values, locale);
    }

    /**
     * Runs a step of the incident's page; refused for its input, the page again with each problem beside its field in
     * the reader's language and the values sent kept (the problems of no field at the top).
     */
    private String guarded(UUID id, RedirectAttributes redirect, Runnable action, String done,
            Map<String, String> values, java.util.Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Map<String, String> errors = FormErrors.byField(e.fieldProblems(), messages, locale);
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("values", values);
            java.util.List<String> elsewhere = errors.entrySet().stream().filter(p -> !values.containsKey(p.getKey()))
                    .map(Map.Entry::getValue).toList();
            if (!elsewhere.isEmpty()) {
                redirect.addFlashAttribute("problems", elsewhere);
            }
        }
        return "redirect:/incidents/" + id;
    }
}
