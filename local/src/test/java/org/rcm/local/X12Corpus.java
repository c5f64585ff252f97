package org.rcm.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Inbound files for the gateway's bad-input test, made from real files of this run (the sandbox's 835, 999 and
 * 277CA as the gateway archived them) and, when present, known-defective third-party samples from
 * {@code ../shared/x12-samples}. Each item says whether it is malformed (must end REJECTED) or well formed.
 */
final class X12Corpus {
    /** One file to drop into the sandbox's outbox: its name here, the mailbox kind, its bytes. */
    record Item(String name, String kind, byte[] bytes, boolean malformed) {
    }

    /** Known-defective shared samples (see the README there) and whether their defect is in the envelope. */
    static final List<String[]> SHARED = List.of(
            new String[]{"837p-imsweb-valid.edi", "837", "malformed"},            // wrong SE01, ISA11 'U'
            new String[]{"999-imsweb-accepted.edi", "999", "malformed"},          // IEA02 != ISA13, bad GS05 time
            new String[]{"835-linuxforhealth-managed-care.edi", "835", "malformed"}, // BPR16 20002316 is no date
            new String[]{"999-stupidedi-partial-3-837s-bom.edi", "999", "well-formed"}); // UTF-8 BOM before ISA

    private X12Corpus() {
    }

    static List<Item> build(byte[] real835, byte[] real999, byte[] real277, Path shared) throws IOException {
        List<Item> items = new ArrayList<>();
        String e835 = text(real835);
        items.add(new Item("truncated 835", "835", bytes(e835.substring(0, e835.length() * 3 / 5)), true));
        items.add(new Item("835 with a short ISA", "835", bytes(e835.substring(0, 36) + e835.substring(38)), true));
        items.add(new Item("835 with a letter as ISA separator", "835",
                bytes(e835.substring(0, 3) + "A" + e835.substring(4)), true));
        items.add(new Item("835 with ISA16 equal to the element separator", "835",
                bytes(e835.substring(0, 104) + e835.charAt(3) + e835.substring(105)), true));
        items.add(new Item("835 with a wrong SE01", "835", bytes(edit(e835, "SE", 1,
                v -> Integer.toString(Integer.parseInt(v) + 3))), true));
        items.add(new Item("999 with garbage inside", "999", garbage(text(real999)), true));
        items.add(new Item("277CA with a wrong IEA02", "277", bytes(edit(text(real277), "IEA", 2,
                v -> v.equals("999999999") ? "999999998" : "999999999")), true));
        items.add(new Item("empty file", "835", new byte[0], true));
        items.add(new Item("plain text", "txt", bytes("Dear billing office,\nplease find our remittance below.\n"
                + "Total: 140.00 USD\n"), true));
        if (shared != null && Files.isDirectory(shared)) {
            for (String[] s : SHARED) {
                Path p = shared.resolve(s[0]);
                if (Files.exists(p)) {
                    items.add(new Item("shared " + s[0], s[1], Files.readAllBytes(p), s[2].equals("malformed")));
                }
            }
        }
        return items;
    }

    /** A balanced 835 like {@code real835} that pays claims nobody submitted, under a new trace number. */
    static byte[] unknownClaims(byte[] real835, String trace, String pcnPrefix) {
        String s = edit(text(real835), "TRN", 2, v -> trace);
        int[] n = {0};
        return bytes(edit(s, "CLP", 1, v -> pcnPrefix + (++n[0])));
    }

    /** Changes element {@code index} of every segment {@code id} (the delimiters are read from the ISA). */
    static String edit(String x12, String id, int index, UnaryOperator<String> change) {
        char el = x12.charAt(3);
        char term = x12.charAt(105);
        String[] segments = x12.split(java.util.regex.Pattern.quote(String.valueOf(term)), -1);
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            String lead = seg.substring(0, seg.length() - seg.stripLeading().length());
            String[] elements = seg.stripLeading().split(java.util.regex.Pattern.quote(String.valueOf(el)), -1);
            if (elements[0].equals(id) && elements.length > index) {
                elements[index] = change.apply(elements[index]);
                segments[i] = lead + String.join(String.valueOf(el), elements);
            }
        }
        return String.join(String.valueOf(term), segments);
    }

    /** The envelope and ST of a real file around 300 seeded random bytes, then its SE, GE and IEA. */
    private static byte[] garbage(String x12) {
        char term = x12.charAt(105);
        int st = x12.indexOf("ST" + x12.charAt(3));
        int headEnd = x12.indexOf(term, st) + 1;
        int se = x12.lastIndexOf("SE" + x12.charAt(3));
        byte[] noise = new byte[300];
        new Random(42).nextBytes(noise);
        return bytes(x12.substring(0, headEnd) + new String(noise, StandardCharsets.ISO_8859_1) + term
                + x12.substring(se));
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
