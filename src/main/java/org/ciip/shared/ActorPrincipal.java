package org.ciip.shared;

/** Implemented by the security principal of a signed-in caller, so that modules can ask who acts. */
public interface ActorPrincipal {

    Actor actor();
}
