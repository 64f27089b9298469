package org.ciip.sharing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.web.FormErrors;
import org.ciip.sharing.CollectionView;
import org.ciip.sharing.MemberTier;
import org.ciip.sharing.ObjectPage;
import org.ciip.sharing.ObjectQuery;
import org.ciip.sharing.SharingGroups;
import org.ciip.sharing.ThreatExchange;
import org.ciip.sharing.Tlp;
import org.ciip.sharing.stix.StixCodec;
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

/**
 * The pages of threat information sharing (Art. 23): the collections a reader reads, a collection's feed (filters by
 * type, marking, date added and text; newest first), an object with its versions and the relationships around it
 * drawn as a graph, and the collection's members.
 */
@Controller
class SharingPages {

    static final List<String> FEED_TYPES = List.of("indicator", "sighting", "vulnerability", "course-of-action",
            "report", "incident", "malware", "threat-actor", "campaign", "attack-pattern", "identity",
            "relationship", "observed-data", "note", "opinion", "tool", "infrastructure", "intrusion-set",
            "location", "grouping", "malware-analysis", "ipv4-addr", "ipv6-addr", "domain-name", "url", "file",
            "email-addr", "network-traffic", "software", "x509-certificate", "marking-definition");

    private final SharingGroups groups;
    private final ThreatExchange exchange;
    private final org.ciip.registry.Organizations organizations;
    private final org.springframework.context.MessageSource messages;

    SharingPages(SharingGroups groups, ThreatExchange exchange, org.ciip.registry.Organizations organizations,
            org.springframework.context.MessageSource messages) {
        this.groups = groups;
        this.exchange = exchange;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/sharing")
    String collections(Model model) {
        Actor actor = Actors.current();
        model.addAttribute("collections", groups.collections(actor));
        model.addAttribute("mayOpen", SharingGroups.mayOpen(actor));
        model.addAttribute("sectors", actor.jurisdiction().sectors().stream().sorted().toList());
        model.addAttribute("national", actor.is(org.ciip.shared.OrganizationKind.CAC));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OpenForm());
        }
        return "sharing/collections";
    }

    /** The form that opens a collection. */
    static class OpenForm {
        private String sector;
        private String title;
        private String titleEn;
        private String description;

        public String getSector() {
            return sector;
        }

        public void setSector(String sector) {
            this.sector = sector;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    @PostMapping("/sharing/collections")
    String open(@ModelAttribute("form") OpenForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            CollectionView opened = groups.open(Actors.current(), new SharingGroups.OpenRequest(form.getSector(),
                    form.getTitle(), form.getTitleEn(), form.getDescription()));
            redirect.addFlashAttribute("done", "sharing.opened");
            return "redirect:/sharing/collections/" + opened.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return collections(model);
        }
    }

    @GetMapping("/sharing/collections/{id}")
    String feed(@PathVariable UUID id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String tlp, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q,
            @RequestParam(required = false) String next, Model model) {
        Actor actor = Actors.current();
        CollectionView collection = groups.collection(actor, id);
        ObjectPage page = exchange.objects(actor, id, feedQuery(type, tlp, from, to, q, next, 50));
        model.addAttribute("collection", collection);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.objects().stream().map(FeedRow::of).toList());
        model.addAttribute("types", FEED_TYPES);
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("filter", Map.of("type", type == null ? "" : type, "tlp", tlp == null ? "" : tlp,
                "from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString(), "q",
                q == null ? "" : q));
        model.addAttribute("members", groups.members(actor, id));
        model.addAttribute("mayAdmit", collection.runBy().equals(actor.organizationId()) && actor.canWrite());
        model.addAttribute("tiers", MemberTier.values());
        model.addAttribute("taxiiUrl", "/taxii2/ciip/collections/" + id + "/");
        return "sharing/feed";
    }

    /**
     * The feed's filters as a query, newest first: {@code type}, the marking {@code tlp}, added between the days
     * {@code from} and {@code to} (Beijing time, both included) and the text {@code q}.
     */
    private static ObjectQuery feedQuery(String type, String tlp, LocalDate from, LocalDate to, String q, String next,
            int limit) {
        Tlp marking = null;
        if (tlp != null && !tlp.isBlank()) {
            try {
                marking = Tlp.parse(tlp);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("tlp", "Choose a TLP marking");
            }
        }
        return new ObjectQuery(from == null ? null : from.atStartOfDay(LegalTime.ZONE).toInstant().minusNanos(1000),
                limit, next, List.of(), type == null || type.isBlank() ? List.of() : List.of(type), List.of("last"),
                List.of(), marking, q, to == null ? null : to.plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant(),
                true);
    }

    /**
     * The feed as CSV or XLSX with the page's filters, newest first: every object (its latest version) the reader may
     * read, up to the export's limit. The objects themselves, in STIX, come from the collection's TAXII address.
     */
    @GetMapping("/sharing/collections/{id}/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(@PathVariable UUID id, @RequestParam(required = false) String format,
            @RequestParam(required = false) String type, @RequestParam(required = false) String tlp,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String q, Locale locale) {
        Actor actor = Actors.current();
        CollectionView collection = groups.collection(actor, id);
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        List<FeedRow> feed = new java.util.ArrayList<>();
        String next = null;
        do {
            ObjectPage page = exchange.objects(actor, id, feedQuery(type, tlp, from, to, q, next,
                    ObjectQuery.MAX_LIMIT));
            page.objects().forEach(o -> feed.add(FeedRow.of(o)));
            next = page.more() ? page.next() : null;
        } while (next != null && feed.size() <= org.ciip.shared.export.TableExport.MAX_ROWS);
        List<List<Object>> rows = feed.stream().map(r -> java.util.Arrays.<Object>asList(r.type(), r.title(),
                r.tlp().label(), r.addedByName(), r.dateAdded(), r.version(), r.stixId())).toList();
        return org.ciip.shared.export.TableExport.download(format, "sharing-" + id,
                new org.ciip.shared.export.TableExport.Table(collection.title("zh".equals(locale.getLanguage())),
                        List.of(m.apply("sharing.type"), m.apply("sharing.object"), m.apply("sharing.marking"),
                                m.apply("sharing.addedBy"), m.apply("sharing.dateAdded"),
                                m.apply("export.sharing.version"), m.apply("export.sharing.stixId")), rows));
    }

    /** A row of the feed: the object's type, name (or value, or pattern) and marking. */
    record FeedRow(String stixId, String type, String title, Tlp tlp, java.time.Instant dateAdded,
            java.time.Instant version, String addedByName) {

        static FeedRow of(org.ciip.sharing.SharedObject o) {
            return new FeedRow(o.stixId(), o.type(), ObjectGraph.title(StixCodec.MAPPER.readTree(o.json())), o.tlp(),
                    o.dateAdded(), o.version(), o.addedByName());
        }
    }

    @PostMapping("/sharing/collections/{id}/members")
    String admit(@PathVariable UUID id, @RequestParam(required = false) String organization,
            @RequestParam(required = false) String tier, @RequestParam(defaultValue = "false") boolean canWrite,
            RedirectAttributes redirect) {
        MemberTier chosen;
        try {
            chosen = tier == null ? null : MemberTier.valueOf(tier);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        UUID organizationId = organization == null || organization.isBlank() ? null
                : organizations.findByCreditCode(organization.strip().toUpperCase(Locale.ROOT))
                        .map(org.ciip.registry.OrganizationSummary::id).orElse(null);
        try {
            groups.admit(Actors.current(), id, organizationId, chosen, canWrite);
            redirect.addFlashAttribute("done", "sharing.admitted");
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("admitError", "sharing.admitRefused");
        }
        return "redirect:/sharing/collections/" + id + "#members";
    }

    @GetMapping("/sharing/collections/{id}/objects/{stixId}")
    String object(@PathVariable UUID id, @PathVariable String stixId, Model model, Locale locale) {
        Actor actor = Actors.current();
        CollectionView collection = groups.collection(actor, id);
        ThreatExchange.ObjectDetail detail = exchange.detail(actor, id, stixId);
        model.addAttribute("collection", collection);
        model.addAttribute("stixId", stixId);
        model.addAttribute("latest", FeedRow.of(detail.versions().getFirst()));
        model.addAttribute("versions", detail.versions().stream().map(v -> new Version(FeedRow.of(v),
                StixCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                        StixCodec.MAPPER.readTree(v.json())))).toList());
        model.addAttribute("relationships", detail.relationships().stream().map(FeedRow::of).toList());
        model.addAttribute("graph", ObjectGraph.draw(detail.versions().getFirst(), detail.relationships(),
                detail.neighbours()));
        return "sharing/object";
    }

    /** A version of an object, with its JSON. */
    record Version(FeedRow row, String json) {
    }
}
