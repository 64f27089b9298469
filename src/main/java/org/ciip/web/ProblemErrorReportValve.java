package org.ciip.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.ciip.shared.api.HttpProblems;
import org.ciip.shared.api.ProblemResponses;
import org.springframework.http.HttpStatusCode;

/**
 * What Tomcat answers itself, before CIIP sees the request (a path with an encoded NUL, a malformed request line): a
 * problem document like every other error, instead of Tomcat's HTML report with its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                HttpStatusCode code = HttpStatusCode.valueOf(status);
                writer.write(ProblemResponses.json(status, HttpProblems.slug(code),
                        status == 400 ? "Bad Request" : "Error " + status,
                        status == 400 ? "The request could not be read: its path or headers are malformed."
                                : HttpProblems.detail(code)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer was committed meanwhile: nothing more to say
        }
    }
}
