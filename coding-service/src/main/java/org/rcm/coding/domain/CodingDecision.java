package org.rcm.coding.domain;

import org.rcm.platform.events.coding.CodesAssigned;

import java.util.List;

/** What the rules decided for one session: place of service, lines with evidence, and audit flags. */
public record CodingDecision(String placeOfService, List<CodesAssigned.CodedLine> lines, List<String> flags) {
}
