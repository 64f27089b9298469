package org.ciip.obligations.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.ciip.obligations.assessment.AssessmentService;
import org.ciip.obligations.evidence.EvidenceService;
import org.ciip.obligations.Procurement;
import org.ciip.obligations.program.OperatorAccess;
import org.ciip.obligations.program.PeopleService;
import org.ciip.obligations.program.ProgramStatusService;
import org.ciip.obligations.program.RecordsService;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The security program in the browser: the operator's page with every duty and its records, and the overviews. */
@Controller
class ProgramPageController {

    private final ProgramStatusService status;
    private final PeopleService people;
    private final RecordsService records;
    private final Procurement procurement;
    private final AssessmentService assessments;
    private final EvidenceService evidence;
    private final OperatorAccess access;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final PageForms forms;
    private final org.springframework.context.MessageSource messages;

    ProgramPageController(ProgramStatusService status, PeopleService people, RecordsService records,
            Procurement procurement, AssessmentService assessments, EvidenceService evidence,
            OperatorAccess access, AssetRegistry assets, Organizations organizations, PageForms forms,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.status = status;
        this.people = people;
        this.records = records;
        this.procurement = procurement;
        this.assessments = assessments;
        this.evidence = evidence;
        this.access = access;
        this.assets = assets;
        this.organizations = organizations;
        this.forms = forms;
    }

    /** How many duties not met the overview lists before linking to all of them. */
    private static final int OVERDUE_PREVIEW = 10;
    /** Decisions, drills and purchases on the program page: a page of this many each, newest first. */
    private static final int OWN_LIST_SIZE = 20;

    /**
     * A department's operators (paged) and what is not met across them, from one evaluation of its jurisdiction; an
     * operator goes to its own page.
     */
    @GetMapping("/program")
    String overview(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer page,
            Model model, Locale locale) {
        Actor actor = Actors.current();
        if (actor.is(OrganizationKind.OPERATOR)) {
            return "redirect:/operators/" + actor.organizationId() + "/program";
        }
        List<ProgramStatusService.OperatorProgram> programs = ProgramStatusService.named(status.forJurisdiction(actor),
                q);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort == null || sort.isBlank() ? "name" : sort.trim());
        model.addAttribute("size", size);
        model.addAttribute("operators", PageResult.slice(programs.stream().sorted(order(sort)).toList(),
                PageQuery.of(page, size == null ? 25 : size, null, Map.of(), "name")));
        List<ProgramStatusService.OverdueItem> overdue = ProgramStatusService.overdue(programs, null);
        model.addAttribute("overdueTotal", overdue.size());
        model.addAttribute("overdue", lines(overdue.stream().limit(OVERDUE_PREVIEW).toList(), locale));
        return "obligations/overview";
    }

    /**
     * The department's overview as CSV or XLSX, with its search and order: each operator with its counts and the
     * status of every duty, in the reader's language. An operator has no overview (404).
     */
    @GetMapping("/program/export")
    ResponseEntity<StreamingResponseBody> exportOverview(@RequestParam(required = false) String format,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort, Locale locale) {
        Actor actor = Actors.current();
        if (actor.is(OrganizationKind.OPERATOR)) {
            throw ApiException.notFound("The overview of operators' programs");
        }
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        List<ProgramStatusService.OperatorProgram> programs = ProgramStatusService.named(
                status.forJurisdiction(actor), q).stream().sorted(order(sort)).toList();
        List<String> duties = programs.isEmpty() ? List.of()
                : programs.getFirst().duties().stream().map(ProgramStatusService.Duty::key).toList();
        List<String> headers = new java.util.ArrayList<>(List.of(m.apply("program.operator"),
                m.apply("dutyStatus.NOT_MET"), m.apply("dutyStatus.DUE_SOON"), m.apply("dutyStatus.MET"),
                m.apply("dutyStatus.NOT_APPLICABLE")));
        duties.forEach(d -> headers.add(m.apply("duty." + d)));
        List<List<Object>> rows = programs.stream().map(o -> {
            List<Object> row = new java.util.ArrayList<>(List.of(o.operatorName(), o.notMet(), o.dueSoon(), o.met(),
                    o.notApplicable()));
            Map<String, ProgramStatusService.Status> byDuty = new java.util.HashMap<>();
            o.duties().forEach(d -> byDuty.put(d.key(), d.status()));
            duties.forEach(d -> row.add(byDuty.containsKey(d) ? m.apply("dutyStatus." + byDuty.get(d).name()) : ""));
            return row;
        }).toList();
        return org.ciip.shared.export.TableExport.download(format, "security-programs",
                new org.ciip.shared.export.TableExport.Table(m.apply("program.overviewTitle"), headers, rows));
    }

    /**
     * The order of the operators' overview: by name as people sort it (numbers as numbers), or the most duties not met
     * ({@code notMet}) or due soon ({@code dueSoon}) first, then by name; any other order is a 400 naming {@code sort}.
     */
    static java.util.Comparator<ProgramStatusService.OperatorProgram> order(String sort) {
        java.util.Comparator<ProgramStatusService.OperatorProgram> byName = java.util.Comparator.comparing(
                ProgramStatusService.OperatorProgram::operatorName, org.ciip.shared.NaturalOrder.INSTANCE);
        return switch (sort == null || sort.isBlank() ? "name" : sort.trim()) {
            case "name" -> byName;
            case "notMet" -> java.util.Comparator.comparingLong(ProgramStatusService.OperatorProgram::notMet)
                    .reversed().thenComparing(byName);
            case "dueSoon" -> java.util.Comparator.comparingLong(ProgramStatusService.OperatorProgram::dueSoon)
                    .reversed().thenComparing(byName);
            default -> throw org.ciip.shared.api.ApiException.invalid("sort", "must be name, notMet or dueSoon");
        };
    }

    /** Every duty not met across the department's operators, paged. */
    @GetMapping("/program/overdue")
    String overdue(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model, Locale locale) {
        Actor actor = Actors.current();
        if (actor.is(OrganizationKind.OPERATOR)) {
            return "redirect:/operators/" + actor.organizationId() + "/program";
        }
        PageResult<ProgramStatusService.OverdueItem> items = PageResult.slice(
                ProgramStatusService.overdue(ProgramStatusService.named(status.forJurisdiction(actor), q), null),
                PageQuery.of(page, 50, null, Map.of(), "name"));
        model.addAttribute("overdue", lines(items.items(), locale));
        model.addAttribute("overduePage", items);
        return "obligations/overdue";
    }

    /** A duty not met, with its detail in the reader's language. */
    record OverdueLine(ProgramStatusService.OverdueItem item, String detail) {
    }

    private List<OverdueLine> lines(List<ProgramStatusService.OverdueItem> items, Locale locale) {
        return items.stream().map(i -> new OverdueLine(i, status.text(i.duty(), locale))).toList();
    }

    @GetMapping("/operators/{id}/program")
    String program(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        return render(id, model, null, Map.of(), Map.of(), ListPages.of(params));
    }

    @PostMapping("/operators/{id}/program/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam Map<String, String> form,
            Model model, Locale locale, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        String section = switch (action) {
            case "institution", "year" -> "institution";
            case "key-position", "review", "review-result" -> "people";
            case "decision" -> "decisions";
            case "document", "document-approval" -> "documents";
            case "activity", "drill-interval" -> "activities";
            case "measure" -> "planning";
            case "assessment" -> "assessments";
            case "purchase", "purchase-review", "purchase-use", "agreement" -> "procurement";
            case "corporate-change", "requirements", "completion" -> "changes";
            default -> throw ApiException.notFound("Action " + action);
        };
        Supplier<Object> work = switch (action) {
            case "institution" -> () -> people.recordInstitution(actor, id,
                    forms.read(form, PeopleService.InstitutionRequest.class));
            case "year" -> () -> people.recordYear(actor, id, forms.read(form, PeopleService.YearRequest.class));
            case "key-position" -> () -> people.identifyKeyPosition(actor, id,
                    forms.read(form, PeopleService.KeyPositionRequest.class));
            case "review" -> () -> people.requestReview(actor, id, forms.read(form, PeopleService.ReviewRequest.class));
            case "review-result" -> () -> people.recordResult(actor, id, uuid(form, "reviewId"),
                    forms.read(form, PeopleService.ReviewResult.class));
            case "decision" -> () -> people.recordDecision(actor, id,
                    forms.read(form, PeopleService.DecisionRequest.class));
            case "document" -> () -> records.addDocument(actor, id,
                    forms.read(form, RecordsService.DocumentRequest.class));
            case "document-approval" -> () -> records.approveDocument(actor, id, uuid(form, "documentId"));
            case "activity" -> () -> records.recordActivity(actor, id,
                    forms.read(form, RecordsService.ActivityRequest.class));
            case "drill-interval" -> () -> records.setDrillInterval(actor, id,
                    forms.read(form, RecordsService.DrillIntervalRequest.class));
            case "measure" -> () -> records.recordMeasures(actor, id,
                    forms.read(form, RecordsService.MeasureRequest.class));
            case "assessment" -> () -> assessments.create(actor, id,
                    forms.read(form, AssessmentService.AssessmentRequest.class));
            case "purchase" -> () -> procurement.record(actor, id,
                    forms.read(form, Procurement.PurchaseRequest.class));
            case "purchase-review" -> () -> procurement.recordReview(actor, uuid(form, "purchaseId"),
                    forms.read(form, Procurement.ReviewOutcome.class));
            case "purchase-use" -> () -> procurement.putInUse(actor, uuid(form, "purchaseId"),
                    forms.read(form, Procurement.UseRequest.class));
            case "agreement" -> () -> procurement.recordAgreement(actor, uuid(form, "purchaseId"),
                    forms.read(form, Procurement.AgreementRequest.class));
            case "corporate-change" -> () -> records.reportChange(actor, id,
                    forms.read(form, RecordsService.ChangeRequest.class));
            case "requirements" -> () -> records.setRequirements(actor, uuid(form, "changeId"),
                    forms.read(form, RecordsService.RequirementsRequest.class));
            case "completion" -> () -> records.complete(actor, uuid(form, "changeId"),
                    forms.read(form, RecordsService.CompletionRequest.class));
            default -> throw ApiException.notFound("Action " + action);
        };
        String formKey = action + (form.containsKey("reviewId") ? ":" + form.get("reviewId")
                : form.containsKey("purchaseId") ? ":" + form.get("purchaseId")
                : form.containsKey("changeId") ? ":" + form.get("changeId") : "");
        ListPages pages = ListPages.of(form);
        return forms.submit(work, formKey, form, locale, (key, errors) -> render(id, model, key, form, errors, pages),
                redirect, section, "/operators/" + id + "/program" + pages.query() + "#" + section);
    }

    @PostMapping("/operators/{id}/program/evidence")
    String upload(@PathVariable UUID id, @RequestParam String recordType, @RequestParam UUID recordId,
            @RequestParam String section, @RequestParam("file") MultipartFile file,
            @RequestParam Map<String, String> params, RedirectAttributes redirect, Locale locale) throws IOException {
        try {
            evidence.upload(Actors.current(), recordType, recordId, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("saved", section);
        } catch (ApiException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            String why = e.getStatusCode() == HttpStatus.BAD_REQUEST ? String.join(" ", forms.errors(e, locale).values())
                    : messages.getMessage(e.getStatusCode() == HttpStatus.FORBIDDEN ? "error.forbidden"
                            : "error.refused", null, locale);
            redirect.addFlashAttribute("refusal", (file.getOriginalFilename() == null ? ""
                    : file.getOriginalFilename() + ": ") + why);
        }
        return "redirect:/operators/" + id + "/program" + ListPages.of(params).query() + "#" + section;
    }

    /**
     * Which page of each of the operator's paged lists the program page shows (parameter {@code <list>Page}); forms on
     * the page carry them, so that after saving, or on an error, the reader is back on the page of the record they
     * acted on. A page number that is not one is the first page.
     */
    record ListPages(Map<String, Integer> pages) {

        /** The paged lists, in the order their pages appear in a query string. */
        static final List<String> LISTS = List.of("decisions", "activities", "purchases");

        static ListPages of(Map<String, String> params) {
            Map<String, Integer> pages = new java.util.LinkedHashMap<>();
            for (String list : LISTS) {
                String value = params.get(list + "Page");
                pages.put(list, value == null || !value.matches("\\d{1,6}") ? 0 : Integer.parseInt(value));
            }
            return new ListPages(pages);
        }

        int page(String list) {
            return pages.get(list);
        }

        /** The query string that keeps the pages other than the first, or nothing. */
        String query() {
            java.util.StringJoiner query = new java.util.StringJoiner("&", "?", "").setEmptyValue("");
            pages.forEach((list, page) -> {
                if (page > 0) {
                    query.add(list + "Page=" + page);
                }
            });
            return query.toString();
        }

        /** The page of a list as a request for {@code size} records, newest first. */
        PageQuery request(String list, int size, String order) {
            return PageQuery.of(page(list), size, null, Map.of(), order);
        }
    }

    private String render(UUID id, Model model, String openForm, Map<String, String> values,
            Map<String, String> errors, ListPages pages) {
        Actor actor = Actors.current();
        OperatorAccess.OperatorRef operator = access.readable(actor, id);
        model.addAttribute("operator", operator);
        ProgramStatusService.OperatorProgram program = status.forOperator(actor, id);
        model.addAttribute("program", program);
        // the tabs of the page: each section with how many of its duties are not met
        Map<String, Long> notMet = new java.util.HashMap<>();
        program.duties().stream().filter(d -> d.status() == ProgramStatusService.Status.NOT_MET)
                .forEach(d -> notMet.merge(d.section(), 1L, Long::sum));
        model.addAttribute("notMetBySection", notMet);
        Map<String, String> details = new java.util.HashMap<>();
        program.duties().forEach(d -> details.put(d.key(), status.text(d, LocaleContextHolder.getLocale())));
        model.addAttribute("details", details);
        model.addAttribute("institution", people.institution(actor, id).orElse(null));
        model.addAttribute("years", people.years(actor, id));
        model.addAttribute("keyPositions", people.keyPositions(actor, id));
        model.addAttribute("reviews", people.reviews(actor, id));
        model.addAttribute("decisions", people.decisions(actor, id, pages.request("decisions", OWN_LIST_SIZE,
                "decided_on")));
        model.addAttribute("documents", records.documents(actor, id));
        model.addAttribute("activities", records.activities(actor, id, pages.request("activities", OWN_LIST_SIZE,
                "held_on")));
        model.addAttribute("drillInterval", records.drillInterval(actor, id).orElse(null));
        model.addAttribute("measures", records.measures(actor, id));
        model.addAttribute("changes", records.changes(actor, id));
        model.addAttribute("assessments", assessments.page(actor, id, PageQuery.of(0, 20, null, Map.of(), "s.ended_on")));
        model.addAttribute("assetDues", assessments.dueDates(actor, id));
        ListPages.LISTS.forEach(list -> model.addAttribute(list + "Page", pages.page(list)));
        model.addAttribute("purchases", procurement.purchases(actor, id, pages.request("purchases", OWN_LIST_SIZE,
                "purchased_on")));
        model.addAttribute("evidence", evidence.forOperator(actor, id));
        model.addAttribute("evidenceMaxKb", evidence.maxSize().toKilobytes());
        model.addAttribute("ciiAssets", assets.withStatus(actor, "CII", PageQuery.of(0, PageQuery.MAX_SIZE, null,
                Map.of(), "a.name")).items().stream().filter(a -> a.operatorId().equals(id)).toList());
        List<org.ciip.registry.OrganizationSummary> all = organizations.listAll();
        model.addAttribute("suppliers", all.stream().filter(o -> o.kind() == OrganizationKind.SUPPLIER).toList());
        model.addAttribute("agencies", all.stream().filter(o -> o.kind() == OrganizationKind.SERVICE_AGENCY).toList());
        boolean own = id.equals(actor.organizationId());
        model.addAttribute("canWrite", own && actor.canWrite());
        model.addAttribute("canApprove", own && actor.canApprove());
        model.addAttribute("isDepartment", actor.is(OrganizationKind.PROTECTION_DEPARTMENT) && actor.canWrite());
        model.addAttribute("openForm", openForm);
        model.addAttribute("requiredFields", RequiredFields.PROGRAM);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "obligations/program";
    }

    private static UUID uuid(Map<String, String> form, String field) {
        try {
            return UUID.fromString(form.getOrDefault(field, ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Record " + form.get(field));
        }
    }
}
