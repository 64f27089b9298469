package org.ciip.supervision.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.registry.Sectors;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.web.FormErrors;
import org.ciip.supervision.EarlyWarnings;
import org.ciip.supervision.ResponseRequest;
import org.ciip.supervision.SoftwareInventory;
import org.ciip.supervision.ThreatReporting;
import org.ciip.supervision.ThreatType;
import org.ciip.supervision.ThreatView;
import org.ciip.supervision.WarningLevel;
import org.ciip.supervision.WarningView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The pages of early warnings and software inventories (Art. 24). */
@Controller
class WarningPages {

    private final EarlyWarnings warnings;
    private final SoftwareInventory inventory;
    private final Sectors sectors;
    private final ThreatReporting threats;
    private final org.springframework.context.MessageSource messages;

    WarningPages(EarlyWarnings warnings, SoftwareInventory inventory, Sectors sectors, ThreatReporting threats,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.warnings = warnings;
        this.threats = threats;
        this.inventory = inventory;
        this.sectors = sectors;
    }

    @GetMapping("/warnings")
    String list(@RequestParam(required = false) String waiting, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Actor actor = Actors.current();
        if (!EarlyWarnings.mayIssue(actor) && !actor.is(OrganizationKind.OPERATOR)) {
            throw ApiException.notFound("Warnings");
        }
        model.addAttribute("waiting", waiting == null || waiting.isBlank() ? null : waiting.trim());
        model.addAttribute("size", size);
        model.addAttribute("warnings", warnings.list(actor, waiting,
                PageQuery.of(page, size == null ? 25 : size, null, Map.of(), "issued_at")));
        model.addAttribute("mayIssue", EarlyWarnings.mayIssue(actor) && actor.canWrite());
        model.addAttribute("operator", actor.is(OrganizationKind.OPERATOR));
        return "supervision/warnings";
    }

    /**
     * The list as CSV or XLSX, as the page shows it: an operator's own clocks (with the page's filter), or for the
     * issuer how many operators each warning reached and how they acknowledged it.
     */
    @GetMapping("/warnings/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String waiting, Locale locale) {
        Actor actor = Actors.current();
        if (!EarlyWarnings.mayIssue(actor) && !actor.is(OrganizationKind.OPERATOR)) {
            throw ApiException.notFound("Warnings");
        }
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        boolean operator = actor.is(OrganizationKind.OPERATOR);
        List<String> headers = new java.util.ArrayList<>(List.of(m.apply("warning.level"), m.apply("warning.title"),
                m.apply("warning.issuer"), m.apply("warning.issuedAt")));
        headers.addAll(operator ? List.of(m.apply("export.warning.status"), m.apply("export.warning.acknowledgeDue"),
                m.apply("export.warning.acknowledgedAt"))
                : List.of(m.apply("export.warning.reached"), m.apply("export.warning.matched"),
                        m.apply("export.warning.onTime"), m.apply("export.warning.late"),
                        m.apply("export.warning.awaiting"), m.apply("export.warning.overdue")));
        var rows = org.ciip.shared.export.TableExport.all(n -> warnings.list(actor, waiting,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "issued_at")).items()).stream()
                .map(w -> {
                    List<Object> row = new java.util.ArrayList<>(java.util.Arrays.asList(
                            m.apply("warningLevel." + w.level()), w.title(chinese), w.issuerName(), w.issuedAt()));
                    if (operator) {
                        row.addAll(java.util.Arrays.asList(m.apply("recipientStatus." + w.recipient().status()),
                                w.recipient().acknowledgeDueAt(), w.recipient().acknowledgedAt()));
                    } else {
                        row.addAll(List.of(w.counts().reached(), w.counts().matched(),
                                w.counts().acknowledgedOnTime(), w.counts().acknowledgedLate(), w.counts().awaiting(),
                                w.counts().overdue()));
                    }
                    return row;
                })
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "warnings",
                new org.ciip.shared.export.TableExport.Table(m.apply("warning.list"), headers, rows));
    }

    /** The warning form; from a threat report (Art. 18), with its title and description to start from. */
    @GetMapping("/warnings/new")
    String newWarning(@RequestParam(required = false) UUID threat, Model model) {
        requireIssuer();
        WarningForm form = new WarningForm();
        if (threat != null) {
            ThreatView report = threats.find(Actors.current(), threat);
            form.setThreatId(threat);
            form.setTitleZh(report.title());
            form.setDescriptionZh(report.description());
        }
        return form(form, model);
    }

    private String form(WarningForm form, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("form", form);
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("threatTypes", ThreatType.values());
        model.addAttribute("deadlines", warnings.defaultDeadlines());
        model.addAttribute("sectorChoices", sectors.all().stream().filter(s -> !actor.is(
                OrganizationKind.PROTECTION_DEPARTMENT) || actor.jurisdiction().sectors().contains(s.code())).toList());
        model.addAttribute("ownProvince", actor.jurisdiction().provinceCode());
        return "supervision/warning-form";
    }

    @PostMapping("/warnings")
    String issue(@ModelAttribute("form") WarningForm form, BindingResult binding, Model model) {
        requireIssuer();
        try {
            WarningView issued = form.getThreatId() == null ? warnings.issue(Actors.current(), form.toRequest())
                    : threats.warn(Actors.current(), form.getThreatId(), form.toRequest());
            return "redirect:/warnings/" + issued.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return form(form, model);
        }
    }

    @GetMapping("/warnings/{id}")
    String warning(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer assetsPage, Model model) {
        Actor actor = Actors.current();
        WarningView warning = warnings.find(actor, id);
        model.addAttribute("warning", warning);
        model.addAttribute("issuer", warning.recipient() == null);
        if (warning.recipient() == null) {
            model.addAttribute("recipients", warnings.recipients(actor, id,
                    PageQuery.of(page, 25, null, Map.of(), "name")));
            model.addAttribute("assets", warnings.matchedAssets(actor, id,
                    PageQuery.of(assetsPage, 25, null, Map.of(), "name")));
            List<EarlyWarnings.Progress> progress = warnings.progress(actor, id);
            model.addAttribute("progressLabels", progress.stream().map(p -> p.day().toString())
                    .collect(java.util.stream.Collectors.joining("|")));
            model.addAttribute("progressValues", progress.stream().map(p -> String.valueOf(p.resolved()))
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        model.addAttribute("mayAnswer", warning.recipient() != null && actor.canWrite());
        model.addAttribute("mayAskSupport", actor.is(OrganizationKind.PROTECTION_DEPARTMENT) && actor.canWrite());
        return "supervision/warning";
    }

    @PostMapping("/warnings/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        warnings.acknowledge(Actors.current(), id);
        redirect.addFlashAttribute("saved", "warning.acknowledgedSaved");
        return "redirect:/warnings/" + id;
    }

    @PostMapping("/warnings/{id}/responses/{assetId}")
    String respond(@PathVariable UUID id, @PathVariable UUID assetId, @RequestParam(required = false) String status,
            @RequestParam(required = false) String justification, @RequestParam(required = false) String approvedBy,
            @RequestParam(required = false) String evidence, Locale locale, RedirectAttributes redirect) {
        try {
            warnings.respond(Actors.current(), id, assetId, new ResponseRequest(status, justification, approvedBy,
                    evidence));
            redirect.addFlashAttribute("saved", "warning.responseSaved");
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("responseProblems", org.ciip.shared.web.FormErrors.byField(e.fieldProblems(),
                    messages, locale));
            redirect.addFlashAttribute("responseValues", java.util.Arrays.asList(status, evidence, justification,
                    approvedBy));
            redirect.addFlashAttribute("responseAsset", assetId);
        }
        return "redirect:/warnings/" + id + "#asset-" + assetId;
    }

    @GetMapping("/assets/{assetId}/components")
    String components(@PathVariable UUID assetId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("assetId", assetId);
        model.addAttribute("q", q);
        model.addAttribute("components", inventory.list(actor, assetId, q,
                PageQuery.of(page, 50, null, Map.of(), "c.id")));
        model.addAttribute("mayUpload", actor.is(OrganizationKind.OPERATOR) && actor.canWrite());
        return "supervision/components";
    }

    /** The asset's components as CSV or XLSX, with the page's search. */
    @GetMapping("/assets/{assetId}/components/export")
    ResponseEntity<StreamingResponseBody> exportComponents(@PathVariable UUID assetId,
            @RequestParam(required = false) String format, @RequestParam(required = false) String q, Locale locale) {
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = inventory.all(Actors.current(), assetId, q).stream()
                .map(c -> java.util.Arrays.<Object>asList(c.name(), c.version(), c.vendor(), c.purl(), c.cpe(),
                        m.apply("componentSource." + c.source()), c.location() != null
                                && c.location().startsWith("line ") ? messages.getMessage("inventory.line",
                                new Object[] {c.location().substring(5)}, locale) : c.location()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "components-" + assetId,
                new org.ciip.shared.export.TableExport.Table(m.apply("inventory.title"), List.of(
                        m.apply("inventory.name"), m.apply("inventory.version"), m.apply("inventory.vendor"), "purl",
                        "CPE", m.apply("inventory.source"), m.apply("export.inventory.location")), rows));
    }

    @PostMapping("/assets/{assetId}/components")
    String upload(@PathVariable UUID assetId, @RequestParam("file") MultipartFile file, Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        SoftwareInventory.Format format = name.endsWith(".csv") ? SoftwareInventory.Format.CSV
                : SoftwareInventory.Format.CYCLONEDX;
        try {
            redirect.addFlashAttribute("uploaded", inventory.replace(Actors.current(), assetId, format,
                    file.getBytes()));
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("uploadProblems", said(e.fieldProblems(), locale));
        }
        return "redirect:/assets/" + assetId + "/components";
    }

    @PostMapping("/assets/{assetId}/components/manual")
    String addComponent(@PathVariable UUID assetId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String version, @RequestParam(required = false) String vendor,
            @RequestParam(required = false) String purl, @RequestParam(required = false) String cpe,
            Locale locale, RedirectAttributes redirect) {
        try {
            inventory.add(Actors.current(), assetId, new SoftwareInventory.ComponentRequest(name, version, vendor,
                    blank(purl), blank(cpe)));
            redirect.addFlashAttribute("edited", "inventory.added");
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("addProblems", said(e.fieldProblems(), locale));
        }
        return "redirect:/assets/" + assetId + "/components";
    }

    /** The labels of the fields of the inventory's forms, for its problems. */
    private static final Map<String, String> INVENTORY_FIELDS = Map.of("name", "inventory.name", "version",
            "inventory.version", "vendor", "inventory.vendor", "csv", "inventory.file", "sbom", "inventory.file");

    /** An inventory's problems in the reader's language, each after the line or the field it is about. */
    private List<String> said(List<org.ciip.shared.api.FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> {
            String text = p.code() == null ? p.message() : messages.getMessage(p.code(),
                    p.args() == null ? null : p.args().toArray(), p.message(), locale);
            String where = p.line() != null ? messages.getMessage("inventory.line", new Object[] {p.line()}, locale)
                    : INVENTORY_FIELDS.containsKey(p.field())
                            ? messages.getMessage(INVENTORY_FIELDS.get(p.field()), null, locale)
                            : p.field().equals("purl") ? "purl" : p.field().equals("cpe") ? "CPE" : null;
            return where == null ? text : where + ": " + text;
        }).toList();
    }

    @PostMapping("/assets/{assetId}/components/{componentId}/removal")
    String removeComponent(@PathVariable UUID assetId, @PathVariable long componentId, RedirectAttributes redirect) {
        inventory.remove(Actors.current(), assetId, componentId);
        redirect.addFlashAttribute("edited", "inventory.removed");
        return "redirect:/assets/" + assetId + "/components";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void requireIssuer() {
        Actor actor = Actors.current();
        if (!EarlyWarnings.mayIssue(actor) || !actor.canWrite()) {
            throw ApiException.forbidden("Protection departments, CAC and MPS issue warnings (Art. 24).");
        }
    }
}
