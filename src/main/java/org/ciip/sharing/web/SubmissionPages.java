package org.ciip.sharing.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.incident.IncidentReporting;
import org.ciip.incident.IncidentView;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.web.FormErrors;
import org.ciip.sharing.AddStatus;
import org.ciip.sharing.CollectionView;
import org.ciip.sharing.RecordSharing;
import org.ciip.sharing.SharingGroups;
import org.ciip.sharing.ThreatExchange;
import org.ciip.sharing.Tlp;
import org.ciip.sharing.stix.StixCodec;
import org.ciip.sharing.stix.pattern.PatternProblem;
import org.ciip.sharing.stix.pattern.StixPattern;
import org.ciip.supervision.EarlyWarnings;
import org.ciip.supervision.WarningView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The forms that add to a collection: an indicator (its pattern checked as it is typed), an uploaded bundle (answered
 * with what was accepted and what was refused, and why), an early warning published by its issuer, and an incident
 * shared by its operator.
 */
@Controller
class SubmissionPages {

    static final List<String> INDICATOR_TYPES = List.of("malicious-activity", "anomalous-activity", "attribution",
            "compromised", "anonymization", "benign", "unknown");

    private final SharingGroups groups;
    private final ThreatExchange exchange;
    private final RecordSharing records;
    private final EarlyWarnings warnings;
    private final IncidentReporting incidents;
    private final MessageSource messages;
    private final Clock clock;

    SubmissionPages(SharingGroups groups, ThreatExchange exchange, RecordSharing records, EarlyWarnings warnings,
            IncidentReporting incidents, MessageSource messages, Clock clock) {
        this.groups = groups;
        this.exchange = exchange;
        this.records = records;
        this.warnings = warnings;
        this.incidents = incidents;
        this.messages = messages;
        this.clock = clock;
    }

    /** The check the indicator form calls as the pattern is typed: valid, or what is wrong and where. */
    @GetMapping("/sharing/patterns/check")
    @ResponseBody
    Map<String, Object> checkPattern(@RequestParam(defaultValue = "") String pattern, Locale locale) {
        StixPattern.Result result = StixPattern.check(pattern);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("valid", result.valid() && !pattern.isBlank());
        result.problem().ifPresent(p -> {
            answer.put("position", p.position());
            answer.put("message", message(p, locale));
        });
        if (pattern.isBlank()) {
            answer.put("message", messages.getMessage("sharing.pattern.empty", null, locale));
        }
        answer.put("objectTypes", result.objectTypes().stream().sorted().toList());
        return answer;
    }

    private String message(PatternProblem problem, Locale locale) {
        return messages.getMessage("sharing.pattern." + problem.code(), new Object[] {problem.position(),
            problem.detail()}, problem.toString(), locale);
    }

    /** The indicator form. */
    static class IndicatorForm {
        private String name;
        private String description;
        private String pattern;
        private List<String> indicatorTypes = new ArrayList<>(List.of("malicious-activity"));
        private LocalDate validUntil;
        private String tlp = "AMBER";
        private List<String> recipients = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getPattern() {
            return pattern;
        }

        public void setPattern(String pattern) {
            this.pattern = pattern;
        }

        public List<String> getIndicatorTypes() {
            return indicatorTypes;
        }

        public void setIndicatorTypes(List<String> indicatorTypes) {
            this.indicatorTypes = indicatorTypes;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
        }

        public String getTlp() {
            return tlp;
        }

        public void setTlp(String tlp) {
            this.tlp = tlp;
        }

        public List<String> getRecipients() {
            return recipients;
        }

        public void setRecipients(List<String> recipients) {
            this.recipients = recipients;
        }
    }

    @GetMapping("/sharing/collections/{id}/indicators/new")
    String indicatorForm(@PathVariable UUID id, Model model) {
        return indicatorForm(id, new IndicatorForm(), model);
    }

    private String indicatorForm(UUID id, IndicatorForm form, Model model) {
        Actor actor = Actors.current();
        CollectionView collection = writable(actor, id);
        model.addAttribute("collection", collection);
        model.addAttribute("form", form);
        model.addAttribute("indicatorTypes", INDICATOR_TYPES);
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("organizations", groups.recipients(actor, id, Tlp.AMBER_STRICT));
        model.addAttribute("people", groups.recipients(actor, id, Tlp.RED));
        return "sharing/indicator-form";
    }

    @PostMapping("/sharing/collections/{id}/indicators")
    String submitIndicator(@PathVariable UUID id, @ModelAttribute("form") IndicatorForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            AddStatus status = exchange.submitIndicator(Actors.current(), id, new ThreatExchange.IndicatorSubmission(
                    form.getName(), form.getDescription(), form.getPattern(), form.getIndicatorTypes(), null,
                    form.getValidUntil() == null ? null
                            : form.getValidUntil().plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant(),
                    form.getTlp(), form.getRecipients()), clock.instant());
            redirect.addFlashAttribute("done", "sharing.indicatorAdded");
            return "redirect:/sharing/collections/" + id + "/objects/" + status.successes().getFirst().id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return indicatorForm(id, form, model);
        }
    }

    @GetMapping("/sharing/collections/{id}/upload")
    String uploadForm(@PathVariable UUID id, Model model) {
        model.addAttribute("collection", writable(Actors.current(), id));
        return "sharing/upload";
    }

    @PostMapping("/sharing/collections/{id}/upload")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile bundle, Model model)
            throws IOException {
        Actor actor = Actors.current();
        model.addAttribute("collection", writable(actor, id));
        if (bundle == null || bundle.isEmpty()) {
            model.addAttribute("uploadError", "sharing.upload.empty");
            return "sharing/upload";
        }
        JsonNode json;
        try {
            json = StixCodec.MAPPER.readTree(bundle.getBytes());
        } catch (JacksonException e) {
            model.addAttribute("uploadError", "sharing.upload.notJson");
            return "sharing/upload";
        }
        try {
            model.addAttribute("status", exchange.add(actor, id, json));
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("uploadError", "sharing.upload.notBundle");
        }
        return "sharing/upload";
    }

    @GetMapping("/sharing/warnings/{warningId}/publish")
    String publishForm(@PathVariable UUID warningId, Model model) {
        Actor actor = Actors.current();
        WarningView warning = warnings.find(actor, warningId);
        if (!warning.issuerId().equals(actor.organizationId())) {
            throw ApiException.notFound("Warning " + warningId);
        }
        model.addAttribute("warning", warning);
        model.addAttribute("collections", writableCollections(actor));
        return "sharing/publish-warning";
    }

    @PostMapping("/sharing/warnings/{warningId}/publish")
    String publish(@PathVariable UUID warningId, @RequestParam(required = false) UUID collectionId,
            @RequestParam(defaultValue = "GREEN") String tlp, @RequestParam(defaultValue = "") String patterns,
            Model model, RedirectAttributes redirect, Locale locale) {
        try {
            RecordSharing.Shared shared = records.publishWarning(Actors.current(), warningId,
                    new RecordSharing.WarningShare(required(collectionId), tlp, patterns.lines().toList()));
            redirect.addFlashAttribute("done", "sharing.warningPublished");
            return "redirect:/sharing/collections/" + shared.status().collectionId();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("errors", FormErrors.byField(e.fieldProblems(), messages, locale));
            model.addAttribute("patterns", patterns);
            model.addAttribute("tlp", tlp);
            return publishForm(warningId, model);
        }
    }

    @GetMapping("/sharing/incidents/{incidentId}/share")
    String shareForm(@PathVariable UUID incidentId, Model model) {
        Actor actor = Actors.current();
        IncidentView incident = incidents.find(actor, incidentId);
        if (!incident.operatorId().equals(actor.organizationId())) {
            throw ApiException.notFound("Incident " + incidentId);
        }
        model.addAttribute("incident", incident);
        model.addAttribute("collections", writableCollections(actor));
        if (!model.containsAttribute("shareName")) {
            model.addAttribute("shareName", incident.category() + " · " + incident.grade());
            model.addAttribute("shareDescription", incident.summary());
        }
        return "sharing/share-incident";
    }

    @PostMapping("/sharing/incidents/{incidentId}/share")
    String share(@PathVariable UUID incidentId, @RequestParam(required = false) UUID collectionId,
            @RequestParam(defaultValue = "AMBER") String tlp, @RequestParam(defaultValue = "INCIDENT") String as,
            @RequestParam(defaultValue = "false") boolean named, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, Model model, RedirectAttributes redirect,
            Locale locale) {
        try {
            RecordSharing.Shared shared = records.shareIncident(Actors.current(), incidentId,
                    new RecordSharing.IncidentShare(required(collectionId), tlp, as, named, name, description));
            redirect.addFlashAttribute("done", "sharing.incidentShared");
            return "redirect:/sharing/collections/" + shared.status().collectionId();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("errors", FormErrors.byField(e.fieldProblems(), messages, locale));
            model.addAttribute("shareName", name);
            model.addAttribute("shareDescription", description);
            model.addAttribute("tlp", tlp);
            model.addAttribute("as", as);
            model.addAttribute("named", named);
            return shareForm(incidentId, model);
        }
    }

    private static UUID required(UUID collectionId) {
        if (collectionId == null) {
            throw ApiException.invalid("collectionId", "Choose a collection");
        }
        return collectionId;
    }

    private CollectionView writable(Actor actor, UUID id) {
        CollectionView collection = groups.collection(actor, id);
        if (!collection.canWrite() || !actor.canWrite()) {
            throw ApiException.forbidden("You may read this collection but not add to it");
        }
        return collection;
    }

    private List<CollectionView> writableCollections(Actor actor) {
        return groups.collections(actor).stream().filter(CollectionView::canWrite).toList();
    }
}
