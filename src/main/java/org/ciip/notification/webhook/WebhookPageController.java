package org.ciip.notification.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization's webhooks: register an endpoint, see each delivery's outcome. */
@Controller
@RequestMapping("/webhooks")
class WebhookPageController {

    private final WebhookService webhooks;

    WebhookPageController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    String page(Model model) {
        Actor actor = Actors.current();
        List<WebhookService.Endpoint> endpoints = webhooks.endpoints(actor);
        Map<UUID, List<WebhookService.Delivery>> deliveries = new LinkedHashMap<>();
        endpoints.forEach(e -> deliveries.put(e.id(), webhooks.deliveries(actor, e.id()).stream().limit(20).toList()));
        model.addAttribute("endpoints", endpoints);
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("mayWrite", actor.canWrite());
        return "notification/webhooks";
    }

    @PostMapping
    String register(@RequestParam String url, RedirectAttributes redirect) {
        try {
            WebhookService.Registered registered = webhooks.register(Actors.current(), url);
            redirect.addFlashAttribute("secret", registered.secret());
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("urlError", true);
            redirect.addFlashAttribute("url", url);
        }
        return "redirect:/webhooks";
    }

    @PostMapping("/{id}/deactivation")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        webhooks.deactivate(Actors.current(), id);
        redirect.addFlashAttribute("done", "webhook.deactivated");
        return "redirect:/webhooks";
    }
}
