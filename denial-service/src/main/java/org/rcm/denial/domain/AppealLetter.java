package org.rcm.denial.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Fills the appeal letter template ({@code templates/appeal-letter.txt}) with claim facts: {name} placeholders. */
public final class AppealLetter {
    private static final String TEMPLATE = load();

    private AppealLetter() {
    }

    public static String render(Map<String, String> facts) {
        String out = TEMPLATE;
        for (var e : facts.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue() == null ? "n/a" : e.getValue());
        }
        return out.replaceAll("\\{[a-zA-Z]+}", "n/a");
    }

    private static String load() {
        try (InputStream in = AppealLetter.class.getResourceAsStream("/templates/appeal-letter.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
