package org.ciip.supervision;

/** A part of an inventory upload that was not used: where it is (a JSON pointer, a CSV line) and why. */
public record Refusal(String location, String reason) {
}
