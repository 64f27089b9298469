package org.ciip.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep the current filters: {@code urls.with('page', '2')} in templates. */
@Component
public class Urls {

    public String path() {
        HttpServletRequest request = request();
        return request == null ? "/" : request.getRequestURI();
    }

    public boolean isActive(String itemPath) {
        String path = path();
        return itemPath.equals("/") ? path.equals("/") : path.startsWith(itemPath);
    }

    public String with(String param, String value) {
        HttpServletRequest request = request();
        if (request == null) {
            return "?" + param + "=" + value;
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam(param, value).build().toUriString();
    }

    /**
     * The download of the page's list as {@code format}: the page's path with {@code /export} after it, the page's
     * filters and order kept, its position (page, cursor) and a language switch left out (the language stays in its
     * cookie).
     */
    public String export(String format) {
        return exportOf(path() + "/export", format);
    }

    /** The download at {@code exportPath} as {@code format} (named first), with the page's filters and order. */
    public String exportOf(String exportPath, String format) {
        HttpServletRequest request = request();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(exportPath).queryParam("format", format);
        if (request != null && request.getQueryString() != null) {
            link.query(request.getQueryString());
        }
        return link.replaceQueryParam("page").replaceQueryParam("next").replaceQueryParam("lang").build()
                .toUriString();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
