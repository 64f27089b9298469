package org.ciip.registry.asset;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.ciip.registry.Organizations;
import org.ciip.registry.Sectors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Controller
@RequestMapping("/assets")
class AssetPageController {

    private final AssetService assets;
    private final AssetCsvImport csvImport;
    private final Sectors sectors;
    private final Organizations organizations;
    private final org.springframework.context.MessageSource messages;

    AssetPageController(AssetService assets, AssetCsvImport csvImport, Sectors sectors, Organizations organizations,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.assets = assets;
        this.csvImport = csvImport;
        this.sectors = sectors;
        this.organizations = organizations;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("sectors", sectors.all());
        model.addAttribute("kinds", List.of("NETWORK_FACILITY", "INFORMATION_SYSTEM"));
        model.addAttribute("statuses", List.of("CANDIDATE", "CII", "NOT_CII", "DECOMMISSIONED"));
        Actor actor = Actors.current();
        model.addAttribute("mayWrite", actor.is(OrganizationKind.OPERATOR) && actor.canWrite());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String ciiStatus,
            @RequestParam(required = false) Integer mlpsLevel, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        var filter = new AssetService.AssetFilter(q, sector, kind, ciiStatus, null, mlpsLevel);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("assets", assets.list(Actors.current(), filter,
                PageQuery.of(page, 25, sort, AssetService.SORTABLE, AssetService.DEFAULT_ORDER)));
        return "registry/assets";
    }

    /** The list as CSV or XLSX, with the page's filters and order, in the reader's language. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String ciiStatus,
            @RequestParam(required = false) Integer mlpsLevel, @RequestParam(required = false) String sort,
            java.util.Locale locale) {
        Actor actor = Actors.current();
        var filter = new AssetService.AssetFilter(q, sector, kind, ciiStatus, null, mlpsLevel);
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        var rows = org.ciip.shared.export.TableExport.all(n -> assets.list(actor, filter, PageQuery.of(n,
                PageQuery.MAX_SIZE, sort, AssetService.SORTABLE, AssetService.DEFAULT_ORDER)).items()).stream()
                .map(a -> java.util.Arrays.<Object>asList(a.name(), a.operatorName(),
                        m.apply("assetKind." + a.kind()), sectors.find(a.sector())
                                .map(s -> chinese ? s.nameZh() : s.nameEn()).orElse(a.sector()),
                        a.mlpsLevel(), m.apply("ciiStatus." + a.ciiStatus()), a.coreBusiness(), a.updatedAt()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "assets", new org.ciip.shared.export.TableExport
                .Table(m.apply("asset.list"), List.of(m.apply("asset.name"), m.apply("asset.operator"),
                m.apply("asset.kind"), m.apply("asset.sector"), m.apply("asset.mlpsLevel"), m.apply("asset.ciiStatus"),
                m.apply("asset.coreBusiness"), m.apply("export.updatedAt")), rows));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        Actor actor = Actors.current();
        assets.writableOperator(actor, null);
        AssetForm form = new AssetForm();
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") AssetForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            AssetView created = assets.register(Actors.current(), form.toRequest());
            redirect.addFlashAttribute("saved", "asset.saved");
            return "redirect:/assets/" + created.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("asset", assets.get(Actors.current(), id));
        return "registry/asset";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        AssetView asset = assets.get(Actors.current(), id);
        assets.writableOperator(Actors.current(), asset.operatorId());
        model.addAttribute("form", AssetForm.of(asset));
        return form(model, asset);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") AssetForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AssetView asset = assets.get(Actors.current(), id);
        try {
            assets.update(Actors.current(), id, form.toRequest());
            redirect.addFlashAttribute("saved", "asset.saved");
            return "redirect:/assets/" + id;
        } catch (ApiException e) {
            if (e.getStatusCode() == HttpStatus.CONFLICT) {
                binding.reject("asset.stale");
                return form(model, asset);
            }
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return form(model, asset);
        }
    }

    private String form(Model model, AssetView asset) {
        model.addAttribute("asset", asset);
        Actor actor = Actors.current();
        model.addAttribute("operatorSectors", organizations.find(actor.organizationId())
                .map(o -> o.sectors()).orElse(List.of()));
        return "registry/asset-form";
    }

    @GetMapping("/import")
    String importForm() {
        assets.writableOperator(Actors.current(), null);
        return "registry/asset-import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            var result = csvImport.importCsv(Actors.current(),
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("imported", result.imported());
            return "redirect:/assets";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("problems", e.fieldProblems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return "registry/asset-import";
        }
    }
}
