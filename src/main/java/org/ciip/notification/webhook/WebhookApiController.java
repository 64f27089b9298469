package org.ciip.notification.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed HTTPS deliveries of your organization's notices")
class WebhookApiController {

    private final WebhookService webhooks;

    WebhookApiController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    record Registration(String url) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an HTTPS endpoint; the answer holds the signing secret, shown only once")
    WebhookService.Registered register(@RequestBody Registration registration) {
        return webhooks.register(Actors.current(), registration.url());
    }

    @GetMapping
    List<WebhookService.Endpoint> list() {
        return webhooks.endpoints(Actors.current());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable UUID id) {
        webhooks.deactivate(Actors.current(), id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The latest deliveries to an endpoint with their outcome")
    List<WebhookService.Delivery> deliveries(@PathVariable UUID id) {
        return webhooks.deliveries(Actors.current(), id);
    }
}
