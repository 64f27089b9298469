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

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
