package org.ciip.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ciip.notification.Inbox;
import org.ciip.registry.Sectors;
import org.ciip.shared.Actor;
import org.ciip.shared.ActorPrincipal;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every page's layout needs: who is signed in (for the navigation), and sector and province names in the page's
 * language.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final Sectors sectors;
    private final org.ciip.registry.Provinces provinces;
    private final Urls urls;
    private final Inbox inbox;

    LayoutAdvice(Sectors sectors, org.ciip.registry.Provinces provinces, Urls urls, Inbox inbox) {
        this.sectors = sectors;
        this.provinces = provinces;
        this.urls = urls;
        this.inbox = inbox;
    }

    @ModelAttribute
    void layout(Model model, Locale locale, HttpServletRequest request) {
        // @RestController is a @Controller too, but a JSON answer has no layout: no look-ups for it
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            Actor actor = principal.actor();
            model.addAttribute("me", actor);
            model.addAttribute("nav", Navigation.forActor(actor));
            model.addAttribute("unread", inbox.unreadCount(actor.organizationId()));
        }
        boolean chinese = locale.getLanguage().equals("zh");
        Map<String, String> names = new LinkedHashMap<>();
        sectors.all().forEach(s -> names.put(s.code(), chinese ? s.nameZh() : s.nameEn()));
        model.addAttribute("sectorNames", names);
        Map<String, String> provinceNames = new LinkedHashMap<>();
        provinces.all().forEach(p -> provinceNames.put(p.code(), chinese ? p.nameZh() : p.nameEn()));
        model.addAttribute("provinceNames", provinceNames);
        java.util.function.UnaryOperator<String> places = code -> provinces.placeOf(code, chinese);
        model.addAttribute("places", places);
        model.addAttribute("chinese", chinese);
        model.addAttribute("urls", urls);
    }
}
