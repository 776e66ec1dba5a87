package org.pacta.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;

/**
 * Request bodies: 1 MiB on every path but a spreadsheet upload (pacta.imports.max-file-size, 20 MiB), whether the body
 * declares its length or comes in chunks, and always refused with a problem document.
 */
@QuarkusTest
class BodyLimitTest {

    private static final int MIB = 1024 * 1024;

    /** Sends a request's head and then its body in chunks of 64 KiB, and reads the answer until the server closes. */
    static String chunked(String path, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.adminToken()
                    + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int at = 0; at < body.length; at += 64 * 1024) {
                    int n = Math.min(64 * 1024, body.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileSending) {
                // A refused body may be cut off; the answer was sent before that and is read below.
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Declares a length and sends none of the body: a refusal must come from the declaration alone. */
    static String declared(String path, long length) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Api.adminToken() + "\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // The connection stays open for the body it declared, so the answer is read by its own length.
            java.io.InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            java.util.regex.Matcher answered = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
            assertThat(head.toString(), answered.find());
            return head + new String(in.readNBytes(Integer.parseInt(answered.group(1))), StandardCharsets.UTF_8);
        }
    }

    private static String partyJson(String code, int padding) {
        return "{\"code\": \"" + code + "\", \"name\": \"Ministry\", \"timeZone\": \"Europe/Minsk\"" + " ".repeat(padding) + "}";
    }

    @Test
    void aJsonBodyOfOneAndAHalfMebibytesIsRefusedWithTheApisLimit() {
        String body = partyJson(Api.uniqueCode(), 3 * MIB / 2);
        Api.json().body(body).post("/api/parties").then().statusCode(413)
                .contentType(startsWith(Api.PROBLEM_JSON))
                .body("detail", equalTo("The request body is " + body.length()
                        + " bytes; the limit is 1048576 bytes (1 MiB). Split it into smaller requests."));
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedWithAProblemDocumentAndNothingIsSaved() throws IOException {
        String code = Api.uniqueCode();
        String answer = chunked("/api/parties", "application/json", partyJson(code, 3 * MIB / 2).getBytes(StandardCharsets.UTF_8));

        assertThat(answer, startsWith("HTTP/1.1 413 "));
        assertThat(answer, containsString("content-type: application/problem+json"));
        assertThat(answer, containsString("\"detail\":\"The request body is more than 1048576 bytes; the limit is 1048576 bytes"
                + " (1 MiB). Split it into smaller requests.\""));
        Api.json().get("/api/parties/" + code).then().statusCode(404);
    }

    @Test
    void aChunkedJsonBodyWithinTheLimitIsReadWhole() throws IOException {
        String code = Api.uniqueCode();
        String answer = chunked("/api/parties", "application/json", partyJson(code, MIB / 2).getBytes(StandardCharsets.UTF_8));

        assertThat(answer, startsWith("HTTP/1.1 201 "));
        Api.json().get("/api/parties/" + code).then().statusCode(200).body("timeZone", equalTo("Europe/Minsk"));
    }

    @Test
    void anUploadDeclaredOverTwentyMebibytesIsRefusedBeforeItIsSent() throws IOException {
        for (String path : new String[] {"/api/imports", "/api/imports/preview", "/imports/plan", "/import"}) {
            String answer = declared(path, 20L * MIB + 1);
            assertThat(path, answer, startsWith("HTTP/1.1 413 "));
            assertThat(path, answer, containsString("\"detail\":\"The request body is 20971521 bytes; the limit is 20971520 bytes"
                    + " (20 MiB). Split the plan into smaller files.\""));
        }
        // Elsewhere the same body is over the API's limit, and the answer names that one.
        assertThat(declared("/api/agreements/import", 2L * MIB), containsString("the limit is 1048576 bytes (1 MiB)"));
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedWithAProblemDocument() throws IOException {
        byte[] file = new byte[21 * MIB];
        java.util.Arrays.fill(file, (byte) 'a');
        String answer = chunked("/api/imports/preview", "multipart/form-data; boundary=XYZ", multipart("big.csv", file));

        assertThat(answer, startsWith("HTTP/1.1 413 "));
        assertThat(answer, containsString("content-type: application/problem+json"));
        assertThat(answer, containsString("the limit is 20971520 bytes (20 MiB)"));
        assertThat(answer, not(containsString("Internal Server Error")));
    }

    @Test
    void aChunkedUploadOfTwoMebibytesIsReadAsAFile() throws IOException {
        byte[] file = org.pacta.sheet.TestFiles.largePlanCsv(2 * MIB);
        String answer = chunked("/api/imports/preview", "multipart/form-data; boundary=XYZ", multipart("plan.csv", file));

        assertThat(answer, startsWith("HTTP/1.1 200 "));
        assertThat(answer, containsString("\"rowCount\":" + org.pacta.sheet.TestFiles.largePlanRows(file) + ","));
    }

    static byte[] multipart(String name, byte[] file) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes("\r\n--XYZ--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
