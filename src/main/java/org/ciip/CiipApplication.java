package org.ciip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** CIIP: security protection of critical information infrastructure as State Council Decree No. 745 lays it down. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class CiipApplication {

    public static void main(String[] args) {
        SpringApplication.run(CiipApplication.class, args);
    }
}
