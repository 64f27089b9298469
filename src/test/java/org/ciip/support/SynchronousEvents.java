package org.ciip.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * In tests, asynchronous event listeners (inbox, e-mail, webhooks) run on the publishing thread right after the
 * commit, so that a test sees their effect as soon as the request answers, without waiting. In production they run on
 * the application task executor.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SynchronousEvents {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    TaskExecutor applicationTaskExecutor() {
        return new SyncTaskExecutor();
    }
}
