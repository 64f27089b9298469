/** Identification rules (Art. 9): definitions, evaluation, and the rule workflow. */
@org.springframework.modulith.NamedInterface("rules")
package org.ciip.identification.rule;
