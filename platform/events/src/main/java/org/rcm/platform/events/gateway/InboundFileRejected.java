package org.rcm.platform.events.gateway;

/**
 * Alert: an inbound file (999, 277CA, 835, TA1) failed syntax validation. It is archived with its hash and nothing
 * of it was applied. Key: fileId. {@code reason} lists TA1/IK5/IK3/IK4/AK9 codes, never file contents.
 */
public record InboundFileRejected(String fileId, String tradingPartnerId, String fileName, String sha256,
                                  String fileType, String reason) {
}
