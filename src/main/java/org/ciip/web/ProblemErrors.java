package org.ciip.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ciip.shared.api.HttpProblems;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Errors that no controller answered (an unknown path, a method or media type no endpoint takes, a request refused
 * while it was read): pages get the error page, every other caller a problem document (RFC 9457) that names no class
 * and carries no stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ProblemErrors {

    /** Tomcat's own error answers are problem documents too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    BasicErrorController errorController(ErrorAttributes attributes, WebProperties web,
            List<ErrorViewResolver> resolvers) {
        return new ProblemErrorController(attributes, web, resolvers);
    }

    static final class ProblemErrorController extends BasicErrorController {

        ProblemErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
            super(attributes, web.getError(), resolvers);
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            if (status == HttpStatus.NO_CONTENT) {
                return new ResponseEntity<>(status);
            }
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", HttpProblems.type(status));
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", HttpProblems.detail(status));
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (path != null) {
                problem.put("instance", path.toString());
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
