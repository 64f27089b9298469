package org.ciip.registry.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations.OrganizationRegistration;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Parties of the Regulations: operators, protection departments, authorities")
class OrganizationApiController {

    private final OrganizationService organizations;

    OrganizationApiController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "List the organizations within your jurisdiction")
    PageResult<OrganizationSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationKind kind, @RequestParam(required = false) String sector,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return organizations.list(Actors.current(), q, kind, sector,
                PageQuery.of(page, size, sort, OrganizationService.SORTABLE, "o.name asc, o.id"));
    }

    @GetMapping("/{id}")
    OrganizationSummary get(@PathVariable UUID id) {
        return organizations.get(Actors.current(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an organization (platform administrator)")
    OrganizationSummary register(@RequestBody OrganizationRegistration registration) {
        return organizations.register(registration);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an organization (platform administrator); a stale version answers 409")
    OrganizationSummary update(@PathVariable UUID id, @RequestBody OrganizationService.OrganizationChange change) {
        organizations.get(Actors.current(), id);
        return organizations.update(id, change);
    }
}
