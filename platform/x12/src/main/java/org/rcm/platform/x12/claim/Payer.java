package org.rcm.platform.x12.claim;

import org.rcm.platform.x12.model.Address;

/** 2010BB payer: name, payer id (NM109 PI) and optional address. */
public record Payer(String name, String payerId, Address address) {
}
