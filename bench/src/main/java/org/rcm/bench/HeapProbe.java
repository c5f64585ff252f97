package org.rcm.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.Remittance835Listener;
import org.rcm.platform.x12.remit.Remittance835Reader;

/** Child-JVM entry point: reads an 835 file with the typed reader; prints the claim count; exit 0 on success. */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        long[] claims = {0};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            ValidationResult r = Remittance835Reader.read(in, new Remittance835Listener() {
                @Override
                public void onClaim(ClaimPayment c) {
                    claims[0]++;
                }
            });
            if (!r.isClean()) {
                System.out.println("findings: " + r.findings().size());
                System.exit(2);
            }
        }
        System.out.println(claims[0]);
    }
}
