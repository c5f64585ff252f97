package org.rcm.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.Tokens;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The platform's behaviour every service inherits: tokens, problem+json, Idempotency-Key, audit trail. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class PlatformWebTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    org.rcm.platform.messaging.web.VerifiedTokens verifiedTokens;

    @Test
    void onlyAValidTokenWithTheRightRoleGetsIn() throws Exception {
        given().get("/probe").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        String expired = Tokens.builder("t1", "u", Duration.ofMinutes(-10), "biller").issuedAt(
                java.time.Instant.now().minusSeconds(3600)).sign(Tokens.privateKey());
        given().auth().oauth2(expired).get("/probe").then().statusCode(401);
        String wrongAudience = Tokens.builder("t1", "u", Duration.ofHours(1), "biller").audience("someone-else")
                .sign(Tokens.privateKey());
        given().auth().oauth2(wrongAudience).get("/probe").then().statusCode(401);
        String wrongIssuer = Tokens.builder("t1", "u", Duration.ofHours(1), "biller").issuer("https://evil")
                .sign(Tokens.privateKey());
        given().auth().oauth2(wrongIssuer).get("/probe").then().statusCode(401);
        var otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        given().auth().oauth2(Tokens.builder("t1", "u", Duration.ofHours(1), "biller").sign(otherKey))
                .get("/probe").then().statusCode(401);
        given().auth().oauth2(unsigned()).get("/probe").then().statusCode(401);
        given().auth().oauth2(Tokens.mint("t1", "reader", "auditor")).contentType(ContentType.JSON)
                .body("{\"text\":\"x\"}").post("/probe").then().statusCode(403)
                .contentType("application/problem+json");
        String valid = Tokens.mint("t1", "u", "biller");
        int remembered = verifiedTokens.size();
        given().auth().oauth2(valid).get("/probe").then().statusCode(200).body("tenant", equalTo("t1"));
        // the services' parser is the remembering one: the verified token is kept, the refused ones above were not
        assertThat(verifiedTokens.size()).isEqualTo(remembered + 1);
        given().auth().oauth2(valid).get("/probe").then().statusCode(200).body("tenant", equalTo("t1"));
        given().auth().oauth2(expired).get("/probe").then().statusCode(401);
    }

    @Test
    void badInputIsAProblemNamingTheFieldWithoutEchoingIt() {
        String token = Tokens.mint("t2", "u", "biller");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"text\":\"\"}").post("/probe").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text")).body("correlationId", notNullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"text\": 123-SECRET-99").post("/probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("request body is not valid JSON"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"text\":\"" + "x".repeat(300) + "\"}")
                .post("/probe").then().statusCode(400).body("errors.field", hasItem("text"));
        given().auth().oauth2(token).header("X-Correlation-Id", "trace-123").get("/probe/nothing-here").then()
                .statusCode(404).contentType("application/problem+json").body("correlationId", equalTo("trace-123"));
    }

    @Test
    void idempotencyKeyReplaysRefusesAnotherBodyAndGuardsInFlightRequests() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "u", "biller");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"one\"}").post("/probe").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"one\"}").post("/probe").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(count("SELECT count(*) FROM probe_note WHERE tenant_id = '" + tenant + "'")).isEqualTo(1);
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"two\"}").post("/probe").then().statusCode(422)
                .contentType("application/problem+json");
        // the same key in another tenant is another key
        given().auth().oauth2(Tokens.mint("other-" + tenant, "u", "biller")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\":\"one\"}").post("/probe").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        execute("INSERT INTO idempotency_key (tenant_id, key, request_hash, state) VALUES ('" + tenant
                + "', 'busy', 'x', 'IN_FLIGHT')");
        given().auth().oauth2(token).header("Idempotency-Key", "busy").contentType(ContentType.JSON)
                .body("{\"text\":\"one\"}").post("/probe").then().statusCode(409);
        // a keyed request is audited once, by the statement that finishes its key (the replay is a call of its own)
        assertThat(count("SELECT count(*) FROM audit_log WHERE tenant_id = '" + tenant + "' AND action = 'POST'"))
                .isEqualTo(4);
        // a key older than 24 hours is taken over by the next request, whatever it was used for
        execute("UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE tenant_id = '" + tenant
                + "' AND key = '" + key + "'");
        String later = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"two\"}").post("/probe").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(later).isNotEqualTo(first);
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"two\"}").post("/probe").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(later));
    }

    @Test
    void everyCallIsAuditedAndTheTrailIsAppendOnly() throws Exception {
        String tenant = "audit-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.mint(tenant, "clerk", "biller")).get("/probe").then().statusCode(200);
        given().auth().oauth2(Tokens.mint(tenant, "inspector", "auditor")).get("/audit?actor=clerk").then()
                .statusCode(200).body("resource", hasItem("/probe")).body("[0].outcome", equalTo(200));
        given().auth().oauth2(Tokens.mint(tenant, "clerk", "biller")).get("/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.mint("another", "x", "auditor")).get("/audit?actor=clerk").then()
                .statusCode(200).body("size()", equalTo(0));
        assertThatThrownBy(() -> execute("UPDATE audit_log SET actor = 'someone' WHERE tenant_id = '" + tenant + "'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM audit_log WHERE tenant_id = '" + tenant + "'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void rowLevelSecurityConfinesNativeSqlToTheTenant() throws Exception {
        String a = "rls-a-" + UUID.randomUUID();
        String b = "rls-b-" + UUID.randomUUID();
        for (String tenant : new String[]{a, a, b}) {
            given().auth().oauth2(Tokens.mint(tenant, "u", "biller")).contentType(ContentType.JSON)
                    .body("{\"text\":\"note\"}").post("/probe").then().statusCode(201);
        }
        given().auth().oauth2(Tokens.mint(a, "u", "biller")).get("/probe/notes/count").then().body("count",
                equalTo(2));
        given().auth().oauth2(Tokens.mint(b, "u", "biller")).get("/probe/notes/count").then().body("count",
                equalTo(1));
        // straight JDBC as the application's role, bypassing Hibernate and the REST layer entirely
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SELECT set_config('app.tenant_id', '" + b + "', false)");
            ResultSet rs = c.createStatement().executeQuery("SELECT count(*), min(tenant_id) FROM probe_note");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo(b);
            assertThatThrownBy(() -> c.createStatement().execute(
                    "INSERT INTO probe_note (id, tenant_id, text) VALUES ('x', '" + a + "', 'sneaky')"))
                    .hasMessageContaining("row-level security");
            c.createStatement().execute("SELECT set_config('app.tenant_id', '', false)");
        }
    }

    private static String unsigned() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long exp = java.time.Instant.now().plusSeconds(3600).getEpochSecond();
        String body = b64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE
                + "\",\"upn\":\"u\",\"groups\":[\"biller\"],\"tenant_id\":\"t1\",\"exp\":" + exp + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".";
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute(sql);
        }
    }
}
