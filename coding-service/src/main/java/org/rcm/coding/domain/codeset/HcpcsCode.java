package org.rcm.coding.domain.codeset;

import java.time.LocalDate;

/**
 * A HCPCS Level II code or modifier from the CMS alpha-numeric file: valid from {@code effective} (the action
 * effective date, else the added date) up to and including {@code terminated} (null = active).
 */
public record HcpcsCode(String code, String kind, String shortDescription, String longDescription, LocalDate added,
                        LocalDate effective, LocalDate terminated) {

    public boolean validOn(LocalDate dos) {
        LocalDate from = added != null ? added : effective;
        return (from == null || !dos.isBefore(from)) && (terminated == null || !dos.isAfter(terminated));
    }
}
