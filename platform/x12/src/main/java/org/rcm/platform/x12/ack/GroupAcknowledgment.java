package org.rcm.platform.x12.ack;

import java.util.List;

/**
 * AK9: the verdict on one functional group.
 *
 * @param status   AK901: A, E, P (partially accepted) or R
 * @param included AK902 transaction sets included
 * @param received AK903 transaction sets received
 * @param accepted AK904 transaction sets accepted
 * @param codes    AK905..AK909
 */
public record GroupAcknowledgment(String ackControlNumber, String groupFunctionalId, String groupControlNumber,
                                  String groupVersion, String status, int included, int received, int accepted,
                                  List<String> codes) {
}
