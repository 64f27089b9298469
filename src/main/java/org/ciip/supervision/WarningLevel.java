package org.ciip.supervision;

/**
 * The four levels of a warning, as China's warning levels run: red (particularly serious, 特别严重), orange (serious,
 * 严重), yellow (relatively serious, 较重), blue (general, 一般).
 */
public enum WarningLevel {
    RED, ORANGE, YELLOW, BLUE
}
