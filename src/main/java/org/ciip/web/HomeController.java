package org.ciip.web;

import java.util.List;
import java.util.Map;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.ciip.identification.Recertifications;
import org.ciip.identity.Accounts;
import org.ciip.registry.AssetStatistics;
import org.ciip.registry.Organizations;
import org.ciip.registry.Sectors;
import org.springframework.context.MessageSource;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each party: first its work queue (what is overdue, waiting for it, due soon or unread, each line
 * linking to the filtered list), then for a protection department, MPS and CAC the picture of the sector or the nation
 * (incidents of 12 months by grade, compliance by province as a heat map, each loaded after the page), then assets by
 * CII status and sector in its jurisdiction, organizations and accounts for the platform administrator.
 */
@Controller
class HomeController {

    private final AssetStatistics assets;
    private final Organizations organizations;
    private final Accounts accounts;
    private final Sectors sectors;
    private final MessageSource messages;
    private final Recertifications recertifications;
    private final List<WorkQueue> queues;

    HomeController(AssetStatistics assets, Organizations organizations, Accounts accounts, Sectors sectors,
            MessageSource messages, Recertifications recertifications, List<WorkQueue> queues) {
        this.recertifications = recertifications;
        this.queues = queues;
        this.assets = assets;
        this.organizations = organizations;
        this.accounts = accounts;
        this.sectors = sectors;
        this.messages = messages;
    }

    /** Labels joined by '|' and values by ',' for a chart drawn by ciip.js from data attributes. */
    record ChartData(String labels, String values) {

        static ChartData of(Map<String, Long> counts, java.util.function.Function<String, String> label) {
            return new ChartData(
                    counts.keySet().stream().map(label).collect(java.util.stream.Collectors.joining("|")),
                    counts.values().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        }
    }

    /** A line of the work queue as the page shows it: its text in the reader's language, with its link and article. */
    record QueueLine(WorkItem.Urgency urgency, String text, long count, String link, String article) {
    }

    /** What waits for the actor's organization, from every module, the most urgent first. */
    List<QueueLine> queue(Actor actor, java.util.Locale locale) {
        return queues.stream().flatMap(q -> q.itemsFor(actor).stream())
                .sorted(java.util.Comparator.comparing(WorkItem::urgency))
                .map(i -> {
                    List<Object> args = new java.util.ArrayList<>();
                    args.add(i.count());
                    args.addAll(i.args());
                    return new QueueLine(i.urgency(), messages.getMessage(i.message(), args.toArray(), locale),
                            i.count(), i.link(), i.article());
                }).toList();
    }

    @GetMapping("/")
    String home(Model model, java.util.Locale locale) {
        Actor actor = Actors.current();
        OrganizationKind kind = actor.organizationKind();
        model.addAttribute("organization", organizations.find(actor.organizationId()).orElseThrow());
        if (kind != OrganizationKind.PLATFORM_ADMIN) {
            model.addAttribute("queue", queue(actor, locale));
        }
        if (kind == OrganizationKind.PLATFORM_ADMIN) {
            model.addAttribute("dashboard", "admin");
            model.addAttribute("organizationsByKind", organizations.countByKind());
            model.addAttribute("accountCount", accounts.count());
        } else if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT
                || actor.jurisdiction().seesNationalAggregates()) {
            model.addAttribute("dashboard", actor.jurisdiction().seesNationalAggregates() ? "national" : "assets");
            // the sector's or the nation's picture, each part loaded after the page (the national one is heavy)
            model.addAttribute("picture", kind == OrganizationKind.PROTECTION_DEPARTMENT
                    || actor.jurisdiction().seesNationalAggregates());
            Map<String, Long> byStatus = assets.byCiiStatus(actor.jurisdiction());
            model.addAttribute("byStatus", byStatus);
            if (kind == OrganizationKind.OPERATOR) { // a department has them in its work queue
                model.addAttribute("recertifications", recertifications.counts(actor));
            }
            Map<String, Long> bySector = assets.bySector(actor.jurisdiction());
            model.addAttribute("bySector", bySector);
            boolean chinese = locale.getLanguage().equals("zh");
            model.addAttribute("statusChart", ChartData.of(byStatus,
                    status -> messages.getMessage("ciiStatus." + status, null, status, locale)));
            model.addAttribute("sectorChart", ChartData.of(bySector, code -> sectors.find(code)
                    .map(s -> chinese ? s.nameZh() : s.nameEn()).orElse(code)));
            model.addAttribute("assetTotal", byStatus.values().stream().mapToLong(Long::longValue).sum());
        } else {
            model.addAttribute("dashboard", "none");
        }
        return "home";
    }
}
