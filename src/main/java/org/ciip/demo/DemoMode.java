package org.ciip.demo;

/** Whether this CIIP runs the demo world (the sign-in page then says how to sign in). */
public interface DemoMode {

    boolean on();
}
