package org.ciip.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.web.FormErrors;
import org.ciip.shared.web.FormValues;
import org.ciip.supervision.InspectionPlanning;
import org.ciip.supervision.SectorDrills;
import org.ciip.supervision.SectorPlanRequest;
import org.ciip.supervision.SectorPlanView;
import org.ciip.supervision.SectorPlans;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of sector security plans (Art. 22), the sector emergency plan and drills (Art. 25). */
@Controller
class SectorPages {

    private final SectorPlans plans;
    private final SectorDrills drills;
    private final MessageSource messages;

    SectorPages(SectorPlans plans, SectorDrills drills, MessageSource messages) {
        this.plans = plans;
        this.drills = drills;
        this.messages = messages;
    }

    static boolean department(Actor actor) {
        return actor.is(OrganizationKind.PROTECTION_DEPARTMENT) && actor.canWrite();
    }

    // ---- drills and the emergency plan --------------------------------------------------------------------------

    @GetMapping("/drills")
    String drills(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("drills", drills.list(actor, q, null, null, PageQuery.of(page, size == null ? 25 : size,
                null, Map.of(), "held_on desc")));
        model.addAttribute("q", q);
        model.addAttribute("department", department(actor));
        model.addAttribute("emergencyPlans", drills.emergencyPlans(actor));
        return "supervision/drills";
    }

    @PostMapping("/emergency-plans")
    String draftEmergencyPlan(@RequestParam(required = false) String title,
            @RequestParam(required = false) String nationalPlan, @RequestParam(required = false) String content,
            RedirectAttributes redirect, Locale locale) {
        FormErrors.step(redirect, messages, locale, "drill.done.planDrafted", () -> drills.draftEmergencyPlan(
                Actors.current(), new SectorDrills.EmergencyPlanRequest(title, nationalPlan, content)));
        return "redirect:/drills#emergency-plan";
    }

    @PostMapping("/emergency-plans/{id}/approval")
    String approveEmergencyPlan(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        FormErrors.step(redirect, messages, locale, "drill.done.planApproved",
                () -> drills.approveEmergencyPlan(Actors.current(), id));
        return "redirect:/drills#emergency-plan";
    }

    @GetMapping("/drills/new")
    String newDrill(Model model, Locale locale) {
        return drillForm(Map.of(), List.of(), List.of(), model, locale);
    }

    private String drillForm(Map<String, String> form, List<UUID> chosen, List<FieldProblem> problems, Model model,
            Locale locale) {
        Actor actor = Actors.current();
        if (!department(actor)) {
            throw ApiException.forbidden("A protection department organizes drills (Art. 25).");
        }
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", FormErrors.byField(problems, messages, locale));
        model.addAttribute("operators", drills.operators(actor));
        model.addAttribute("emergencyPlans", drills.emergencyPlans(actor).stream()
                .filter(p -> p.status() != org.ciip.supervision.PlanVersion.DRAFT).toList());
        model.addAttribute("reportClock", SectorDrills.REPORT_CLOCK_MINUTES);
        return "supervision/drill-form";
    }

    @PostMapping("/drills")
    String planDrill(@RequestParam Map<String, String> params,
            @RequestParam(name = "operatorIds", required = false) List<UUID> operatorIds, Model model,
            Locale locale) {
        List<UUID> chosen = operatorIds == null ? List.of() : operatorIds;
        try {
            var planned = drills.planDrill(Actors.current(), new SectorDrills.DrillRequest(params.get("title"),
                    params.get("scenario"), params.get("objectives"), FormValues.date(params.get("heldOn"), "heldOn"),
                    chosen, FormValues.integer(params.get("targetDetectMinutes"), "targetDetectMinutes"),
                    FormValues.integer(params.get("targetReportMinutes"), "targetReportMinutes"),
                    FormValues.integer(params.get("targetContainMinutes"), "targetContainMinutes"),
                    FormValues.integer(params.get("targetRecoverMinutes"), "targetRecoverMinutes"),
                    planId(params.get("emergencyPlanId"))));
            return "redirect:/drills/" + planned.id() + "?planned";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return drillForm(params, chosen, e.fieldProblems(), model, locale);
        }
    }

    private static UUID planId(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("emergencyPlanId", "is not one of your emergency plan's versions");
        }
    }

    @GetMapping("/drills/{id}")
    String drill(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        var d = drills.drill(actor, id);
        model.addAttribute("d", d);
        model.addAttribute("organizer", d.departmentId().equals(actor.organizationId()) && actor.canWrite());
        model.addAttribute("participant", actor.is(OrganizationKind.OPERATOR) && actor.canWrite());
        return "supervision/drill";
    }

    @PostMapping("/drills/{id}/results")
    String results(@PathVariable UUID id, @RequestParam(required = false) UUID operatorId,
            @RequestParam(required = false) String detected, @RequestParam(required = false) String reported,
            @RequestParam(required = false) String contained, @RequestParam(required = false) String recovered,
            RedirectAttributes redirect, Locale locale) {
        FormErrors.step(redirect, messages, locale, "drill.done.results", () -> drills.recordResults(Actors.current(),
                id, operatorId, new SectorDrills.Results(FormValues.integer(detected, "detected"),
                        FormValues.integer(reported, "reported"), FormValues.integer(contained, "contained"),
                        FormValues.integer(recovered, "recovered"))));
        return "redirect:/drills/" + id;
    }

    @PostMapping("/drills/{id}/findings")
    String assign(@PathVariable UUID id, @RequestParam(required = false) UUID operatorId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String dueOn,
            RedirectAttributes redirect, Locale locale) {
        FormErrors.step(redirect, messages, locale, "drill.done.finding", () -> drills.assignFinding(
                Actors.current(), id, operatorId, title, FormValues.date(dueOn, "dueOn")));
        return "redirect:/drills/" + id;
    }

    @PostMapping("/drills/{id}/findings/{seq}/completion")
    String complete(@PathVariable UUID id, @PathVariable int seq, @RequestParam(required = false) String note,
            RedirectAttributes redirect, Locale locale) {
        FormErrors.step(redirect, messages, locale, "drill.done.completed",
                () -> drills.completeFinding(Actors.current(), id, seq, note));
        return "redirect:/drills/" + id;
    }

    /** The drills as CSV or XLSX, with the page's search. */
    @GetMapping("/drills/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportDrills(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
            Locale locale) {
        Actor actor = Actors.current();
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> drills.list(actor, q, null, null, PageQuery.of(n,
                PageQuery.MAX_SIZE, null, Map.of(), "held_on desc")).items()).stream()
                .map(d -> java.util.Arrays.<Object>asList(d.number(), d.title(), d.departmentName(), d.heldOn(),
                        d.participants(), m.apply("drillStatus." + d.status())))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "drills", new org.ciip.shared.export.TableExport
                .Table(m.apply("drill.list"), List.of(m.apply("inspection.number"), m.apply("drill.title"),
                m.apply("drill.department"), m.apply("drill.heldOn"), m.apply("drill.participants"),
                m.apply("inspection.status")), rows));
    }

    // ---- sector security plans -----------------------------------------------------------------------------------

    @GetMapping("/sector-plans")
    String plans(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("plans", plans.list(actor, q, PageQuery.of(page, size == null ? 25 : size, null,
                Map.of(), "period_from desc")));
        model.addAttribute("q", q);
        model.addAttribute("department", department(actor));
        return "supervision/sector-plans";
    }

    /** The plans as CSV or XLSX, with the page's search. */
    @GetMapping("/sector-plans/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportPlans(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
            Locale locale) {
        Actor actor = Actors.current();
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> plans.list(actor, q, PageQuery.of(n,
                PageQuery.MAX_SIZE, null, Map.of(), "period_from desc")).items()).stream()
                .map(p -> java.util.Arrays.<Object>asList(p.title(), p.departmentName(), p.periodFrom(), p.periodTo(),
                        p.version(), m.apply("planVersion." + p.status()), p.tasks()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "sector-plans",
                new org.ciip.shared.export.TableExport.Table(m.apply("sectorPlan.list"), List.of(
                        m.apply("drill.title"), m.apply("drill.department"), m.apply("sectorPlan.periodFrom"),
                        m.apply("sectorPlan.periodTo"), m.apply("sectorPlan.version"), m.apply("inspection.status"),
                        m.apply("sectorPlan.tasks")), rows));
    }

    @GetMapping("/sector-plans/new")
    String newPlan(Model model, Locale locale) {
        return planForm(null, Map.of(), List.of(), model, locale);
    }

    @GetMapping("/sector-plans/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        SectorPlanView p = plans.find(Actors.current(), id);
        StringBuilder tasks = new StringBuilder();
        for (SectorPlanView.Task t : p.tasks()) {
            tasks.append(t.title()).append(" | ").append(t.measures()).append(" | ").append(t.dueOn()).append(" | ")
                    .append(switch (t.assignee()) {
                        case "OPERATOR" -> t.operatorName();
                        case "PROVINCE" -> "PROVINCE " + t.province();
                        default -> "SECTOR";
                    }).append('\n');
        }
        return planForm(id, Map.of("title", p.title(), "periodFrom", p.periodFrom().toString(), "periodTo",
                p.periodTo().toString(), "objectives", p.objectives(), "requirements", p.requirements(), "tasks",
                tasks.toString()), List.of(), model, locale);
    }

    private String planForm(UUID id, Map<String, String> form, List<FieldProblem> problems, Model model,
            Locale locale) {
        if (!department(Actors.current())) {
            throw ApiException.forbidden("A protection department plans its sector's security (Art. 22).");
        }
        model.addAttribute("planId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.byField(problems, messages, locale));
        return "supervision/sector-plan-form";
    }

    @PostMapping({"/sector-plans", "/sector-plans/{id}/edit"})
    String savePlan(@PathVariable(required = false) UUID id, @RequestParam Map<String, String> params, Model model,
            Locale locale) {
        Actor actor = Actors.current();
        List<FieldProblem> problems = new ArrayList<>();
        List<SectorPlanRequest.Task> tasks = tasks(actor, params.get("tasks"), problems);
        try {
            SectorPlanRequest request = new SectorPlanRequest(params.get("title"),
                    FormValues.date(params.get("periodFrom"), "periodFrom"),
                    FormValues.date(params.get("periodTo"), "periodTo"), params.get("objectives"),
                    params.get("requirements"), tasks);
            if (!problems.isEmpty()) {
                return planForm(id, params, problems, model, locale);
            }
            SectorPlanView saved = id == null ? plans.draft(actor, request) : plans.update(actor, id, request);
            return "redirect:/sector-plans/" + saved.id() + "?saved";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            problems.addAll(e.fieldProblems());
            return planForm(id, params, problems, model, locale);
        }
    }

    /** Tasks typed one per line: title | measures | due date | SECTOR, PROVINCE nn or an operator's name. */
    private List<SectorPlanRequest.Task> tasks(Actor actor, String text, List<FieldProblem> problems) {
        List<SectorPlanRequest.Task> tasks = new ArrayList<>();
        List<InspectionPlanning.Inspectable> operators = drills.operators(actor);
        List<String> lines = text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty())
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] p = lines.get(i).split("\\|", 4);
            String field = "tasks[" + i + "]";
            if (p.length < 4) {
                problems.add(new FieldProblem(field, "must be: title | measures | due date | SECTOR, PROVINCE nn "
                        + "or an operator's name"));
                continue;
            }
            String who = p[3].trim();
            String assignee = who.equalsIgnoreCase("SECTOR") ? "SECTOR"
                    : who.toUpperCase(Locale.ROOT).startsWith("PROVINCE") ? "PROVINCE" : "OPERATOR";
            UUID operator = null;
            if (assignee.equals("OPERATOR")) {
                operator = operators.stream().filter(o -> o.name().equals(who)).map(InspectionPlanning.Inspectable::id)
                        .findFirst().orElse(null);
                if (operator == null) {
                    problems.add(new FieldProblem(field + ".operatorId", "names no operator of your sectors"));
                }
            }
            try {
                tasks.add(new SectorPlanRequest.Task(p[0].trim(), p[1].trim(), FormValues.date(p[2], field + ".dueOn"),
                        assignee, operator, assignee.equals("PROVINCE") ? who.substring(8).trim() : null));
            } catch (ApiException e) {
                problems.addAll(e.fieldProblems());
            }
        }
        return tasks;
    }

    @GetMapping("/sector-plans/{id}")
    String plan(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        SectorPlanView p = plans.find(actor, id);
        model.addAttribute("p", p);
        boolean own = p.departmentId().equals(actor.organizationId()) && actor.canWrite();
        model.addAttribute("own", own);
        model.addAttribute("operator", actor.is(OrganizationKind.OPERATOR) && actor.canWrite());
        boolean latest = p.versions().isEmpty() || p.versions().getFirst().id().equals(p.id());
        model.addAttribute("mayRevise", own && latest && p.status() == org.ciip.supervision.PlanVersion.APPROVED);
        return "supervision/sector-plan";
    }

    @PostMapping("/sector-plans/{id}/{step:approval|revision}")
    String planStep(@PathVariable UUID id, @PathVariable String step, RedirectAttributes redirect, Locale locale) {
        List<UUID> target = new ArrayList<>(List.of(id));
        FormErrors.step(redirect, messages, locale, "sectorPlan.done." + step, () -> {
            SectorPlanView v = step.equals("approval") ? plans.approve(Actors.current(), id)
                    : plans.revise(Actors.current(), id);
            target.set(0, v.id());
        });
        return "redirect:/sector-plans/" + target.getFirst();
    }

    @PostMapping("/sector-plan-tasks/{taskId}/progress")
    String progress(@PathVariable UUID taskId, @RequestParam UUID planId,
            @RequestParam(required = false) String done, @RequestParam(required = false) String note,
            @RequestParam(required = false) String evidence, RedirectAttributes redirect, Locale locale) {
        FormErrors.step(redirect, messages, locale, "sectorPlan.done.progress", () -> plans.reportProgress(
                Actors.current(), taskId, done == null ? null : "true".equals(done), note, evidence));
        return "redirect:/sector-plans/" + planId;
    }
}
