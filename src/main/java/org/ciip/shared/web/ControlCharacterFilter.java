package org.ciip.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.ciip.shared.api.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query or form parameter with a NUL or another C0 control character other than tab and line breaks cannot be stored
 * and is never meant: it is refused with a 400 naming the parameter before anything reads it (JSON bodies are checked
 * as they are read, multipart file names when the upload is parsed).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ControlCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String field = parameter.getKey();
            boolean bad = hasControl(field);
            for (String value : parameter.getValue()) {
                bad |= hasControl(value);
            }
            if (bad) {
                refuse(request, response, hasControl(field) ? "parameter" : field);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field)
            throws IOException {
        if (ProblemResponses.isApi(request)) {
            ProblemResponses.writeInvalid(response, field, "contains a control character (such as NUL) that no text "
                    + "may hold");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
