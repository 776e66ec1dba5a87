import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile-input barrage (issue 14): sends malformed, oversized and malicious requests to every operation of a
 * running Pacta node's OpenAPI document and to every form of its pages, as an administrator, as an official of a
 * party that does not own the targets, and anonymously, and checks every answer.
 *
 *   java -cp <jackson jars> bench/barrage/Barrage.java <port> <node pid> <admin email> <admin password>
 *        <results dir> <work dir> <node log>
 *
 * bench/barrage.sh builds and starts the node and runs this; docs/barrage.md says what is sent and checked.
 * Environment: CONCURRENCY (12), TIMEOUT seconds per request (30), ANON_SHARE (share of field-level variants sent
 * anonymously, 0.35: an anonymous write is refused before its body is read), ONLY (a regular expression: run only
 * the operations and forms whose name matches; for a quick rerun of one class).
 */
public class Barrage {

    // ================================================================== configuration

    static final ObjectMapper M = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String HOST = "127.0.0.1";
    static int PORT;
    static long PID;
    static int TIMEOUT_MS;
    static int CONCURRENCY;
    static double ANON_SHARE;
    static Pattern ONLY;
    static Path OUT;
    static Path WORK;
    static Path LOG;
    static final Path SRC = Path.of("src/main/java/org/pacta");

    static final String SCRIPT = "<script>alert(7331)</script>";
    static final String IMG = "\"><img src=x onerror=alert(7331)>";
    /** In every private fixture's title: an anonymous answer that holds it shows what it must not. */
    static final String PRIVATE_MARK = "PRIVMARK7d1f";
    /** The owners' and coordinators' addresses: never shown to anonymous readers. */
    static final String SECRET_MAIL = "secret.7d1f@aa.example";

    public static void main(String[] a) throws Exception {
        PORT = Integer.parseInt(a[0]);
        PID = Long.parseLong(a[1]);
        OUT = Path.of(a[4]);
        WORK = Path.of(a[5]);
        LOG = Path.of(a[6]);
        CONCURRENCY = Integer.parseInt(env("CONCURRENCY", "12"));
        TIMEOUT_MS = 1000 * Integer.parseInt(env("TIMEOUT", "30"));
        ANON_SHARE = Double.parseDouble(env("ANON_SHARE", "0.35"));
        ONLY = System.getenv("ONLY") == null || System.getenv("ONLY").isBlank() ? null : Pattern.compile(System.getenv("ONLY"));
        Files.createDirectories(OUT);
        Files.createDirectories(WORK.resolve("repro"));
        new Barrage().run(a[2], a[3]);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void log(String s) {
        System.out.println(DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.now()).substring(0, 8) + " " + s);
    }

    // ================================================================== HTTP over a plain socket
    // Every request is written byte for byte (Java's clients refuse invalid header values, bare bytes in paths and
    // malformed framing), one connection per request, and read back with its framing checked: a connection closed or
    // reset without an answer, an answer cut short and no answer within the timeout are all told apart.

    static final class Req {
        String phase = "";
        String persona = "";
        String op = "";
        String mutation = "";
        String method = "GET";
        String target = "/";
        final List<String[]> headers = new ArrayList<>();
        byte[] body;
        /** The whole request as bytes (raw-socket attacks): sent as it stands. */
        byte[] raw;
        boolean halfClose;
        /** The client sent an incomplete request itself: a close without an answer is acceptable. */
        boolean closeAllowed;
        /** Raw pipelined requests: read until the connection ends, counting the answers. */
        boolean readToEnd;
        /** A local address to send from (sign-in attempts: the per-address slow-down would otherwise hold back all). */
        String bind;
        boolean write;
        boolean form;
        boolean csrfValid = true;
        /** The persona may not do this: any 2xx (or a form's redirect to success) is an access violation. */
        boolean mustRefuse;
        /** Anonymous may read this operation; its answers are checked for private data instead. */
        boolean publicRead;
        /** Read with a secret in its address (a subscriber's calendar feed): private data is its purpose. */
        boolean capability;
        final Map<String, String> secrets = new LinkedHashMap<>();
        long startMs;
        long endMs;

        Req header(String n, String v) {
            headers.add(new String[] {n, v});
            return this;
        }

        Req drop(String n) {
            headers.removeIf(h -> h[0].equalsIgnoreCase(n));
            return this;
        }

        Req set(String n, String v) {
            return drop(n).header(n, v);
        }

        String get(String n) {
            for (String[] h : headers) {
                if (h[0].equalsIgnoreCase(n)) {
                    return h[1];
                }
            }
            return null;
        }

        Req copy() {
            Req r = new Req();
            r.phase = phase;
            r.persona = persona;
            r.op = op;
            r.mutation = mutation;
            r.method = method;
            r.target = target;
            for (String[] h : headers) {
                r.headers.add(h.clone());
            }
            r.body = body;
            r.raw = raw;
            r.halfClose = halfClose;
            r.closeAllowed = closeAllowed;
            r.readToEnd = readToEnd;
            r.bind = bind;
            r.write = write;
            r.form = form;
            r.csrfValid = csrfValid;
            r.mustRefuse = mustRefuse;
            r.publicRead = publicRead;
            r.secrets.putAll(secrets);
            return r;
        }
    }

    static final class Resp {
        int status = -1;
        String statusLine = "";
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        String failure;
        long ms;
        int answers;

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String ct() {
            return headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        }

        String h(String n) {
            return headers.get(n.toLowerCase(Locale.ROOT));
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return M.readTree(body);
            } catch (IOException e) {
                return F.missingNode();
            }
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] render(Req r) {
        if (r.raw != null) {
            return r.raw;
        }
        StringBuilder s = new StringBuilder();
        s.append(r.method).append(' ').append(r.target).append(" HTTP/1.1\r\n");
        boolean host = false;
        boolean conn = false;
        boolean len = false;
        boolean te = false;
        for (String[] h : r.headers) {
            String n = h[0].toLowerCase(Locale.ROOT);
            host |= n.equals("host");
            conn |= n.equals("connection");
            len |= n.equals("content-length");
            te |= n.equals("transfer-encoding");
            s.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        if (!host) {
            s.append("Host: 127.0.0.1:").append(PORT).append("\r\n");
        }
        if (!conn) {
            s.append("Connection: close\r\n");
        }
        if (r.body != null && !len && !te) {
            s.append("Content-Length: ").append(r.body.length).append("\r\n");
        }
        s.append("\r\n");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(utf8(s.toString()));
        if (r.body != null) {
            b.writeBytes(r.body);
        }
        return b.toByteArray();
    }

    static Resp send(Req r) {
        Resp p = new Resp();
        byte[] bytes = render(r);
        long t0 = System.nanoTime();
        r.startMs = System.currentTimeMillis();
        long limit = r.readToEnd ? Math.min(TIMEOUT_MS, 10_000) : TIMEOUT_MS;
        long deadline = t0 + limit * 1_000_000L;
        ByteArrayOutputStream acc = new ByteArrayOutputStream();
        String fail = null;
        boolean head = r.method.equals("HEAD");
        try (Socket s = new Socket()) {
            if (r.bind != null) {
                s.bind(new InetSocketAddress(r.bind, 0));
            }
            s.connect(new InetSocketAddress(HOST, PORT), 10_000);
            s.setTcpNoDelay(true);
            s.setSoTimeout(250);
            OutputStream out = s.getOutputStream();
            // A large body is written beside the reading, so that an early answer (401, 413) is read while the rest
            // is still on its way rather than lost in a reset.
            Runnable writing = () -> {
                try {
                    out.write(bytes);
                    out.flush();
                    if (r.halfClose) {
                        s.shutdownOutput();
                    }
                } catch (IOException e) {
                    // the server may close early; what it answered is read below
                }
            };
            Thread writer = null;
            if (bytes.length > 60_000) {
                writer = new Thread(writing, "barrage-writer");
                writer.setDaemon(true);
                writer.start();
            } else {
                writing.run();
            }
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            while (true) {
                if (System.nanoTime() > deadline) {
                    if (!r.readToEnd || acc.size() == 0) {
                        fail = "no answer within " + limit / 1000 + " s";
                    }
                    break;
                }
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    continue;
                } catch (IOException e) {
                    if (acc.size() == 0) {
                        fail = "connection reset without an answer";
                    } else if (frame(acc.toByteArray(), p, true, head) < 1) {
                        fail = "connection reset in the middle of the answer";
                    }
                    break;
                }
                if (n < 0) {
                    if (acc.size() == 0) {
                        fail = "connection closed without an answer";
                    } else if (frame(acc.toByteArray(), p, true, head) < 1) {
                        fail = "answer cut short";
                    }
                    break;
                }
                acc.write(buf, 0, n);
                if (!r.readToEnd && frame(acc.toByteArray(), p, false, head) >= 1) {
                    break;
                }
            }
            if (writer != null) {
                writer.join(2000);
            }
        } catch (IOException e) {
            fail = "could not connect: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.answers = frame(acc.toByteArray(), p, true, head);
        if (p.answers >= 1 && fail != null && !fail.startsWith("no answer")) {
            fail = null;
        }
        p.failure = fail;
        p.ms = (System.nanoTime() - t0) / 1_000_000;
        r.endMs = System.currentTimeMillis();
        return p;
    }

    static int indexOf(byte[] a, byte[] x, int from) {
        outer:
        for (int i = Math.max(0, from); i <= a.length - x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                if (a[i + j] != x[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static final byte[] CRLFCRLF = {13, 10, 13, 10};
    static final byte[] CRLF = {13, 10};

    /** How many complete answers the bytes hold; the first one is put in p. */
    static int frame(byte[] all, Resp p, boolean eof, boolean head) {
        int pos = 0;
        int count = 0;
        while (pos < all.length) {
            int he = indexOf(all, CRLFCRLF, pos);
            if (he < 0) {
                return count;
            }
            String[] lines = new String(all, pos, he - pos, StandardCharsets.ISO_8859_1).split("\r\n");
            int status;
            try {
                status = Integer.parseInt(lines[0].split(" ", 3)[1]);
            } catch (RuntimeException e) {
                return count;
            }
            Map<String, String> hs = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int c = lines[i].indexOf(':');
                if (c > 0) {
                    hs.merge(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).trim(),
                            (x, y) -> x + "\n" + y);
                }
            }
            int start = he + 4;
            if (status >= 100 && status < 200 && status != 101) {
                pos = start;
                continue;
            }
            byte[] body;
            int next;
            String te = hs.getOrDefault("transfer-encoding", "");
            if (head || status == 204 || status == 304) {
                body = new byte[0];
                next = start;
            } else if (te.toLowerCase(Locale.ROOT).contains("chunked")) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                int i = start;
                boolean done = false;
                while (true) {
                    int le = indexOf(all, CRLF, i);
                    if (le < 0) {
                        break;
                    }
                    String sizeText = new String(all, i, le - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                    int size;
                    try {
                        size = Integer.parseInt(sizeText, 16);
                    } catch (NumberFormatException e) {
                        break;
                    }
                    if (size == 0) {
                        int end = indexOf(all, CRLFCRLF, le);
                        int endDirect = le + 2 <= all.length - 2 && all[le + 2] == 13 && all[le + 3] == 10 ? le + 4 : -1;
                        if (endDirect > 0) {
                            i = endDirect;
                            done = true;
                        } else if (end > 0) {
                            i = end + 4;
                            done = true;
                        }
                        break;
                    }
                    if (le + 2 + size + 2 > all.length) {
                        break;
                    }
                    b.write(all, le + 2, size);
                    i = le + 2 + size + 2;
                }
                if (!done) {
                    return count;
                }
                body = b.toByteArray();
                next = i;
            } else if (hs.containsKey("content-length")) {
                int cl;
                try {
                    cl = Integer.parseInt(hs.get("content-length").split("\n")[0].trim());
                } catch (NumberFormatException e) {
                    return count;
                }
                if (all.length - start < cl) {
                    return count;
                }
                body = Arrays.copyOfRange(all, start, start + cl);
                next = start + cl;
            } else {
                if (!eof) {
                    return count;
                }
                body = Arrays.copyOfRange(all, start, all.length);
                next = all.length;
            }
            count++;
            if (count == 1) {
                p.status = status;
                p.statusLine = lines[0];
                p.headers.clear();
                p.headers.putAll(hs);
                p.body = body;
            }
            pos = next;
        }
        return count;
    }

    // ================================================================== reproductions

    static final AtomicInteger REPRO_FILES = new AtomicInteger();

    /** A shell word for the bytes: $'…' with escapes, and the run's secrets as "${VARIABLE}". */
    static String ansi(String s, Map<String, String> secrets) {
        return quote(utf8(s), secrets, true);
    }

    static String quote(byte[] b, Map<String, String> secrets, boolean ansi) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        List<String[]> parts = new ArrayList<>(); // [kind, text]; kind "v" = variable
        parts.add(new String[] {"t", text});
        for (Map.Entry<String, String> e : secrets.entrySet()) {
            String lit = e.getKey();
            if (lit == null || lit.length() < 8) {
                continue;
            }
            List<String[]> next = new ArrayList<>();
            for (String[] part : parts) {
                if (!part[0].equals("t")) {
                    next.add(part);
                    continue;
                }
                String t = part[1];
                int i;
                while ((i = t.indexOf(lit)) >= 0) {
                    next.add(new String[] {"t", t.substring(0, i)});
                    next.add(new String[] {"v", e.getValue()});
                    t = t.substring(i + lit.length());
                }
                next.add(new String[] {"t", t});
            }
            parts = next;
        }
        StringBuilder out = new StringBuilder();
        for (String[] part : parts) {
            if (part[0].equals("v")) {
                out.append("\"${").append(part[1]).append("}\"");
                continue;
            }
            if (part[1].isEmpty()) {
                continue;
            }
            out.append(ansi ? "$'" : "'");
            for (char c : part[1].toCharArray()) {
                if (ansi) {
                    if (c == '\\' || c == '\'') {
                        out.append('\\').append(c);
                    } else if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\x%02x", (int) c));
                    }
                } else { // a printf format in single quotes
                    if (c == '%') {
                        out.append("%%");
                    } else if (c == '\\') {
                        out.append("\\\\");
                    } else if (c == '\'') {
                        out.append("'\\''");
                    } else if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\%03o", (int) c));
                    }
                }
            }
            out.append('\'');
        }
        return out.length() == 0 ? "''" : out.toString();
    }

    static String repro(Req r) {
        if (r.raw != null) {
            // The node drops a connection whose client shuts its sending side before the answer is written: the
            // reproduction keeps it open for a while (unless that shutdown is part of the attack).
            String send = r.raw.length > 3000 ? "cat " + saveRepro(r.raw) : "printf " + quote(r.raw, r.secrets, false);
            return r.halfClose ? send + " | socat -t 5 - TCP:127.0.0.1:" + PORT : "(" + send + "; sleep 3) | socat - TCP:127.0.0.1:" + PORT;
        }
        StringBuilder c = new StringBuilder();
        String file = null;
        if (r.body != null && r.body.length > 3000) {
            file = saveRepro(r.body);
        } else if (r.body != null) {
            c.append("printf ").append(quote(r.body, r.secrets, false)).append(" | ");
        }
        c.append("curl -sS -i --path-as-is -X ").append(r.method).append(' ').append(ansi("http://127.0.0.1:" + PORT + r.target, r.secrets));
        boolean ct = false;
        for (String[] h : r.headers) {
            ct |= h[0].equalsIgnoreCase("content-type");
            c.append(" -H ").append(ansi(h[0] + ": " + h[1], r.secrets));
        }
        if (r.body != null) {
            if (!ct) {
                c.append(" -H 'Content-Type:'");
            }
            if (r.body.length > 1000) {
                c.append(" -H 'Expect:'");
            }
            c.append(file != null ? " --data-binary @" + file : " --data-binary @-");
        }
        return c.toString();
    }

    static String saveRepro(byte[] b) {
        Path f = WORK.resolve("repro").resolve(REPRO_FILES.incrementAndGet() + ".bin");
        try {
            Files.write(f, b);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return f.toString();
    }

    // ================================================================== JSON written byte for byte
    // Jackson builds the documents; this writer puts them on the wire, so that a document can carry what no JSON
    // library writes: a lone surrogate (escaped), bytes that are not UTF-8, numbers beyond any range, nesting 10,000
    // deep.

    /** A text node that starts with RAW is written as it stands. */
    static final char RAW = '\uF8FE';
    /** Inside a string, BYTES hex BYTES is written as those bytes. */
    static final char BYTES = '\uF8FF';

    static TextNode raw(String s) {
        return TextNode.valueOf(RAW + s);
    }

    static String bytes(String hex) {
        return BYTES + hex + BYTES;
    }

    static byte[] hex(String h) {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static byte[] json(JsonNode n) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeJson(n, b);
        return b.toByteArray();
    }

    static void writeJson(JsonNode n, ByteArrayOutputStream b) {
        if (n.isObject()) {
            b.write('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    b.write(',');
                }
                first = false;
                writeString(e.getKey(), b);
                b.write(':');
                writeJson(e.getValue(), b);
            }
            b.write('}');
        } else if (n.isArray()) {
            b.write('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    b.write(',');
                }
                writeJson(n.get(i), b);
            }
            b.write(']');
        } else if (n.isTextual()) {
            String t = n.textValue();
            if (!t.isEmpty() && t.charAt(0) == RAW) {
                b.writeBytes(utf8(t.substring(1)));
            } else {
                writeString(t, b);
            }
        } else {
            b.writeBytes(utf8(n.toString()));
        }
    }

    static void writeString(String s, ByteArrayOutputStream b) {
        b.write('"');
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == BYTES) {
                b.writeBytes(utf8(plain.toString()));
                plain.setLength(0);
                int end = s.indexOf(BYTES, i + 1);
                b.writeBytes(hex(s.substring(i + 1, end)));
                i = end;
            } else if (c == '"' || c == '\\') {
                plain.append('\\').append(c);
            } else if (c < 0x20) {
                plain.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                plain.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                plain.append(String.format("\\u%04x", (int) c));
            } else {
                plain.append(c);
            }
        }
        b.writeBytes(utf8(plain.toString()));
        b.write('"');
    }

    /** Text as bytes, with BYTES markers made raw and lone surrogates written as the 3 bytes UTF-8 forbids. */
    static byte[] textBytes(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == BYTES) {
                int end = s.indexOf(BYTES, i + 1);
                b.writeBytes(hex(s.substring(i + 1, end)));
                i = end;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.writeBytes(utf8(s.substring(i, i + 2)));
                i++;
            } else if (Character.isSurrogate(c)) {
                b.write(0xE0 | (c >> 12));
                b.write(0x80 | ((c >> 6) & 0x3F));
                b.write(0x80 | (c & 0x3F));
            } else if (c < 0x80) {
                b.write(c);
            } else {
                b.writeBytes(utf8(String.valueOf(c)));
            }
        }
        return b.toByteArray();
    }

    /** Percent-encoding of a form or query value, raw bytes and lone surrogates included. */
    static String pct(String s) {
        StringBuilder out = new StringBuilder();
        for (byte x : textBytes(s)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }

    /** The big values, made once and shared by every variant that sends them. */
    static final String HUGE = "x".repeat(300_000);
    static final String HUGE_MULTIBYTE = "\u0634".repeat(150_000);
    static final String DEEP_ARRAY = deepArray(10_000);
    static final String DEEP_OBJECT = deepObject(10_000);
    static final TextNode DEEP_ARRAY_NODE = raw(DEEP_ARRAY);
    static final TextNode DEEP_OBJECT_NODE = raw(DEEP_OBJECT);
    static final TextNode DEEP_ITEM = raw("[" + DEEP_ARRAY + "]");
    static final Map<String, TextNode> LONG_LISTS = new ConcurrentHashMap<>();

    static String deepArray(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String deepObject(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    // ================================================================== accounts, and the API as a client

    static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 100_000);
    static final AtomicLong HELPER_REQUESTS = new AtomicLong();

    /** Someone who sends requests: an API token, a session cookie and the CSRF token of its pages. */
    static final class Acct {
        final String label;
        String email;
        String password;
        String role;
        long id;
        String token;
        final Map<String, String> jar = new LinkedHashMap<>();
        String csrfName = "csrf-token";
        String csrf;

        Acct(String label) {
            this.label = label;
        }

        synchronized String cookie() {
            StringBuilder s = new StringBuilder();
            jar.forEach((k, v) -> s.append(s.length() > 0 ? "; " : "").append(k).append('=').append(v));
            return s.toString();
        }

        synchronized String cookieWithout(String name) {
            StringBuilder s = new StringBuilder();
            jar.forEach((k, v) -> {
                if (!k.equals(name)) {
                    s.append(s.length() > 0 ? "; " : "").append(k).append('=').append(v);
                }
            });
            return s.toString();
        }

        synchronized void secrets(Req r) {
            if (token != null) {
                r.secrets.put(token, label + "_TOKEN");
            }
            if (csrf != null) {
                r.secrets.put(csrf, label + "_CSRF");
            }
            jar.forEach((k, v) -> r.secrets.putIfAbsent(v, label + "_" + k.toUpperCase(Locale.ROOT).replace('-', '_')));
        }
    }

    static ObjectNode obj(Object... kv) {
        ObjectNode o = F.objectNode();
        for (int i = 0; i < kv.length; i += 2) {
            o.set((String) kv[i], node(kv[i + 1]));
        }
        return o;
    }

    static JsonNode node(Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof JsonNode j) {
            return j;
        }
        if (v instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (v instanceof Integer i) {
            return F.numberNode(i);
        }
        if (v instanceof Long l) {
            return F.numberNode(l);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof List<?> l) {
            ArrayNode a = F.arrayNode();
            l.forEach(x -> a.add(node(x)));
            return a;
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    /** A helper request (setup, snapshots, checks): not counted as hostile. */
    static Resp call(String method, String path, JsonNode body, Acct as, boolean useCookie) {
        Req r = new Req();
        r.method = method;
        r.target = path;
        if (as != null) {
            if (useCookie) {
                r.header("Cookie", as.cookie());
            } else if (as.token != null) {
                r.header("Authorization", "Bearer " + as.token);
            }
        }
        if (body != null) {
            r.header("Content-Type", "application/json");
            r.body = json(body);
        }
        HELPER_REQUESTS.incrementAndGet();
        Resp p = send(r);
        if (p.status == 401 && as != null && as.password != null && !path.equals("/api/me")) {
            // the barrage itself may have ended this account's session or revoked its token: sign in again, once
            if (revive(as)) {
                return call(method, path, body, as, useCookie);
            }
        }
        return p;
    }

    static final Map<Acct, Long> REVIVED = new ConcurrentHashMap<>();

    /** Signs the account in again and gives it a new token when its token no longer works; false if it still works. */
    static boolean revive(Acct a) {
        synchronized (a) {
            Req r = new Req();
            r.target = "/api/me";
            r.header("Authorization", "Bearer " + a.token);
            HELPER_REQUESTS.incrementAndGet();
            if (send(r).status == 200) {
                return false;
            }
            log("the barrage ended the session or token of " + a.email + " (" + a.label + "); signing in again");
            REVIVED.merge(a, 1L, Long::sum);
            signIn(a);
            newToken(a);
            return true;
        }
    }

    static Resp call(String method, String path, JsonNode body, Acct as) {
        return call(method, path, body, as, false);
    }

    static JsonNode must(String method, String path, JsonNode body, Acct as) {
        Resp p = call(method, path, body, as, false);
        if (!p.ok()) {
            throw new IllegalStateException(method + " " + path + " answered " + p.status + " " + p.failure + ": "
                    + p.text().substring(0, Math.min(400, p.text().length())));
        }
        return p.json();
    }

    static void takeCookies(Resp p, Acct a) {
        String sc = p.h("set-cookie");
        if (sc == null) {
            return;
        }
        synchronized (a) {
            for (String line : sc.split("\n")) {
                String nv = line.split(";")[0];
                int eq = nv.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = nv.substring(0, eq).trim();
                String value = nv.substring(eq + 1).trim();
                if (value.isEmpty() || line.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    a.jar.remove(name);
                } else {
                    a.jar.put(name, value);
                }
            }
        }
    }

    static final Pattern CSRF_INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]*)\"");

    /** Reads a page as this account, keeping its cookies and the CSRF field of its forms. */
    static Resp page(String path, Acct a) {
        Req g = new Req();
        g.target = path;
        if (a != null && !a.jar.isEmpty()) {
            g.header("Cookie", a.cookie());
        }
        HELPER_REQUESTS.incrementAndGet();
        Resp p = send(g);
        if (a != null) {
            takeCookies(p, a);
            Matcher m = CSRF_INPUT.matcher(p.text());
            if (m.find()) {
                synchronized (a) {
                    a.csrfName = m.group(1);
                    a.csrf = m.group(2);
                }
            }
        }
        return p;
    }

    static void signIn(Acct a) {
        Req r = new Req();
        r.method = "POST";
        r.target = "/j_security_check";
        r.header("Content-Type", "application/x-www-form-urlencoded");
        r.body = utf8("j_username=" + pct(a.email) + "&j_password=" + pct(a.password));
        HELPER_REQUESTS.incrementAndGet();
        Resp p = send(r);
        String location = p.h("location");
        if (p.status != 302 || location == null || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + a.email + " answered " + p.status + " " + location);
        }
        synchronized (a) {
            a.jar.clear();
        }
        takeCookies(p, a);
        page("/account", a);
        if (a.csrf == null) {
            throw new IllegalStateException("no CSRF field on /account for " + a.email);
        }
    }

    static void newToken(Acct a) {
        JsonNode t = call("POST", "/api/me/tokens", obj("name", "barrage", "expiresAt",
                Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()), a, true).json();
        if (!t.has("token")) {
            throw new IllegalStateException("no token for " + a.email + ": " + t);
        }
        a.token = t.get("token").asText();
    }

    Acct root;

    Acct account(String label, String role, List<String> parties) {
        Acct a = new Acct(label);
        a.role = role;
        long n = SEQ.incrementAndGet();
        a.email = "barrage." + role + "." + n + "@example.org";
        a.password = "barrage-password-" + n;
        JsonNode u = must("POST", "/api/users", obj("email", a.email, "name", "Barrage " + role + " " + n, "password", a.password,
                "role", role, "parties", parties), root);
        a.id = u.get("id").asLong();
        signIn(a);
        newToken(a);
        return a;
    }

    /** Signs in again (after a password change, a sign-out, a sign-out everywhere) and takes a new token. */
    static void renewSession(Acct a) {
        signIn(a);
        if (call("GET", "/api/me", null, a).status != 200) {
            newToken(a);
        }
    }

    // ================================================================== fixtures
    // The global fixture is what anonymous callers and the official of the other party attack: a private agreement of
    // parties AA and CC with commitments, a milestone, a review, the administrator's subscription, and items that a
    // delete would destroy. Each write operation of the administrator's phase gets a fixture of its own (its own
    // agreement, commitments, …, created on first use, and its own administrator account), so that what one
    // operation's refused request changed is seen on its own items and in its own account's audit trail.

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String PAST = TODAY.minusDays(20).toString();
    static final String FUTURE = TODAY.plusDays(200).toString();

    final class Fx {
        final Acct actor;
        final String tag;
        final boolean global;
        final Map<String, String> ids = new ConcurrentHashMap<>();
        final Map<String, String> exports = new ConcurrentHashMap<>();

        Fx(Acct actor, String tag, boolean global) {
            this.actor = actor;
            this.tag = tag;
            this.global = global;
        }

        synchronized String get(String kind) {
            String v = ids.get(kind);
            if (v == null) {
                v = create(kind);
                ids.put(kind, v);
            }
            return v;
        }

        synchronized void renew(String kind) {
            ids.remove(kind);
        }

        List<String> parties() {
            return global ? List.of("AA", "CC") : List.of("AA", "BB", "CC");
        }

        ObjectNode agreementBody(String title) {
            return obj("title", title, "summary", "Barrage fixture", "signedOn", PAST, "place", "Tehran", "sourceUrl",
                    "https://example.org/roadmap", "status", "ACTIVE", "parties", parties(), "reviewSchedule", "FREQ=MONTHLY;INTERVAL=3",
                    "public", false, "reviewZone", "Asia/Tehran", "remindOwners", true, "coordinators", List.of("coord." + SECRET_MAIL));
        }

        ObjectNode commitmentBody(String title, String party, String due) {
            return obj("title", title, "description", "Barrage fixture commitment", "responsibleParty", party, "owner",
                    obj("name", "Owner " + PRIVATE_MARK, "email", "owner." + SECRET_MAIL), "tags", List.of("barrage"), "priority",
                    "HIGH", "startOn", PAST, "dueDate", due, "status", "PLANNED", "dependsOn", List.of());
        }

        String create(String kind) {
            switch (kind) {
                case "agreement": {
                    String id = must("POST", "/api/agreements", agreementBody(PRIVATE_MARK + " roadmap " + tag), root).get("id").asText();
                    return id;
                }
                case "victim-agreement":
                    return must("POST", "/api/agreements", agreementBody(PRIVATE_MARK + " victim " + tag), root).get("id").asText();
                case "commitment": {
                    String c = must("POST", "/api/agreements/" + get("agreement") + "/commitments",
                            commitmentBody(PRIVATE_MARK + " commitment " + tag, "AA", PAST), root).get("id").asText();
                    must("POST", "/api/commitments/" + c + "/updates", obj("note", "fixture progress", "status", "IN_PROGRESS",
                            "percentComplete", 20, "evidence", List.of("https://example.org/p")), root);
                    must("POST", "/api/commitments/" + c + "/deadline", obj("dueDate", TODAY.minusDays(10).toString(), "reason",
                            "fixture revision"), root);
                    return c;
                }
                case "commitment2": {
                    ObjectNode b = commitmentBody(PRIVATE_MARK + " second " + tag, global ? "CC" : "BB", FUTURE);
                    b.set("dependsOn", node(List.of(Long.parseLong(get("commitment")))));
                    return must("POST", "/api/agreements/" + get("agreement") + "/commitments", b, root).get("id").asText();
                }
                case "victim-commitment":
                    return must("POST", "/api/agreements/" + get("agreement") + "/commitments",
                            commitmentBody(PRIVATE_MARK + " victim commitment " + tag, "AA", FUTURE), root).get("id").asText();
                case "milestone":
                    return must("POST", "/api/commitments/" + get("commitment") + "/milestones",
                            obj("title", "Fixture milestone " + tag, "dueDate", FUTURE), root).get("id").asText();
                case "victim-milestone":
                    return must("POST", "/api/commitments/" + get("commitment") + "/milestones",
                            obj("title", "Victim milestone " + tag, "dueDate", FUTURE), root).get("id").asText();
                case "review":
                    return must("POST", "/api/agreements/" + get("agreement") + "/reviews", obj("notes", "Fixture review " + tag), root)
                            .path("id").asText("1");
                case "subscription":
                case "victim-subscription": {
                    JsonNode s = must("POST", "/api/subscriptions", subscriptionBody(Long.parseLong(get("agreement"))), actor);
                    if (kind.equals("subscription")) {
                        String url = s.path("calendarUrl").asText("");
                        ids.put("calendar-token", url.replaceAll(".*/", "").replace(".ics", ""));
                    }
                    return s.get("id").asText();
                }
                case "calendar-token":
                    get("subscription");
                    return ids.getOrDefault("calendar-token", "none");
                case "party":
                    return global ? "AA" : newParty();
                case "victim-party":
                    return newParty();
                case "user":
                case "victim-user": {
                    long n = SEQ.incrementAndGet();
                    return must("POST", "/api/users", obj("email", "barrage.victim." + n + "@example.org", "name", "Victim " + n,
                            "password", "victim-password-" + n, "role", "official", "parties", List.of("AA")), root).get("id").asText();
                }
                case "token":
                case "victim-token":
                    return must("POST", "/api/me/tokens", obj("name", "barrage " + kind, "expiresAt",
                            Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()), actor)
                            .get("id").asText();
                case "notification": {
                    JsonNode l = must("GET", "/api/notifications?size=1", null, root);
                    return l.path("items").path(0).path("id").asText("1");
                }
                case "unsubscribe-token":
                    return "barrage-not-a-token";
                default:
                    throw new IllegalArgumentException(kind);
            }
        }

        String newParty() {
            String code = "Q" + tag.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT) + SEQ.incrementAndGet();
            code = code.substring(0, Math.min(16, code.length()));
            must("POST", "/api/parties", obj("code", code, "name", "Barrage party " + code, "timeZone", "UTC"), root);
            return code;
        }

        /** What a refused request must leave as it was: this fixture's items that the path names, read back. */
        List<String[]> snapshotPaths(String kind) {
            String id = ids.get(kind);
            if (id == null) {
                return List.of();
            }
            return switch (kind) {
                case "agreement" -> List.of(p("/api/agreements/" + id), p("/api/agreements/" + id + "/commitments?size=200"),
                        p("/api/agreements/" + id + "/reviews"));
                case "victim-agreement" -> one(p("/api/agreements/" + id));
                case "commitment", "commitment2", "victim-commitment" -> List.of(p("/api/commitments/" + id),
                        p("/api/commitments/" + id + "/updates"), p("/api/commitments/" + id + "/deadline-changes"),
                        p("/api/commitments/" + id + "/milestones"));
                case "milestone", "victim-milestone" -> one(p("/api/commitments/" + get("commitment") + "/milestones"));
                case "subscription", "victim-subscription" -> one(new String[] {"/api/subscriptions/" + id, "actor"});
                case "user", "victim-user" -> one(p("/api/users/" + id));
                case "party", "victim-party" -> one(p("/api/parties/" + id));
                case "token", "victim-token" -> one(new String[] {"/api/me/tokens", "actor"});
                // notifications are written and sent by the follow-up jobs as time passes: no snapshot can hold them still
                default -> List.of();
            };
        }

        String snapshot(Set<String> kinds, boolean audit) {
            StringBuilder s = new StringBuilder();
            if (audit) {
                s.append("audit:").append(newestAudit(actor.id)).append('\n');
            }
            for (String kind : kinds) {
                for (String[] path : snapshotPaths(kind)) {
                    Resp p = call("GET", path[0], null, path[1].equals("actor") ? actor : root);
                    s.append(path[0]).append(" ").append(p.status).append(' ').append(normalize(p)).append('\n');
                }
            }
            return s.toString();
        }
    }

    static List<String[]> one(String[] x) {
        List<String[]> l = new ArrayList<>();
        l.add(x);
        return l;
    }

    static String[] p(String path) {
        return new String[] {path, "root"};
    }

    static final Set<String> VOLATILE = Set.of("lastUsedAt", "overdue", "daysOverdue", "nextReviewAt", "nextReview", "totalCapped");

    static String normalize(Resp p) {
        JsonNode n = p.json();
        if (n.isMissingNode()) {
            return p.text().length() > 2000 ? p.text().substring(0, 2000) : p.text();
        }
        strip(n);
        return n.toString();
    }

    static void strip(JsonNode n) {
        if (n.isObject()) {
            ((ObjectNode) n).remove(VOLATILE);
            n.forEach(Barrage::strip);
        } else if (n.isArray()) {
            n.forEach(Barrage::strip);
        }
    }

    long newestAudit(Long user) {
        JsonNode l = call("GET", "/api/audit?size=1" + (user == null ? "" : "&user=" + user), null, root).json();
        return l.path("items").path(0).path("id").asLong(0);
    }

    static ObjectNode subscriptionBody(long agreement) {
        return obj("scope", obj("agreementId", agreement), "channel", "email", "email", "sub." + SECRET_MAIL, "leadTimes",
                List.of("P7D", "P1D"), "onDue", true, "onOverdue", true, "escalateEvery", "P7D", "escalateAfter", 3, "delivery",
                "immediate", "digestAt", "08:00", "timeZone", "Europe/Minsk", "quietHours", obj("from", "22:00", "to", "07:00"));
    }

    // ================================================================== the OpenAPI document

    static final class Op {
        String method;
        String path;
        final List<String[]> query = new ArrayList<>(); // name, schema type
        final List<String> pathParams = new ArrayList<>();
        boolean ifMatch;
        JsonNode bodySchema;
        String bodyType;
        /** null: public; empty: anyone signed in; else these roles. */
        String[] roles;

        String name() {
            return method + " " + path;
        }

        boolean write() {
            return !method.equals("GET");
        }

        boolean allows(String role) {
            return roles != null && (roles.length == 0 || Arrays.asList(roles).contains(role));
        }
    }

    JsonNode openapi;

    JsonNode resolve(JsonNode s) {
        if (s == null) {
            return F.objectNode();
        }
        int guard = 0;
        while (s.has("$ref") && guard++ < 10) {
            String ref = s.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = openapi.path("components").path("schemas").path(ref);
            ObjectNode merged = target.deepCopy();
            s.properties().forEach(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            s = merged;
        }
        return s;
    }

    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        openapi.path("paths").properties().forEach(pe -> pe.getValue().properties().forEach(me -> {
            Op op = new Op();
            op.method = me.getKey().toUpperCase(Locale.ROOT);
            op.path = pe.getKey();
            JsonNode o = me.getValue();
            for (JsonNode prm : o.path("parameters")) {
                String in = prm.path("in").asText();
                String name = prm.path("name").asText();
                if (in.equals("query")) {
                    op.query.add(new String[] {name, resolve(prm.path("schema")).path("type").asText("string")});
                } else if (in.equals("path")) {
                    op.pathParams.add(name);
                } else if (in.equals("header") && name.equalsIgnoreCase("If-Match")) {
                    op.ifMatch = true;
                }
            }
            JsonNode content = o.path("requestBody").path("content");
            if (content.size() > 0) {
                op.bodyType = content.fieldNames().next();
                op.bodySchema = resolve(content.path(op.bodyType).path("schema"));
            }
            if (o.has("security")) {
                JsonNode sec = o.path("security").path(0);
                List<String> roles = new ArrayList<>();
                sec.properties().forEach(e -> e.getValue().forEach(r -> roles.add(r.asText())));
                op.roles = roles.toArray(new String[0]);
            }
            ops.add(op);
        }));
        return ops;
    }

    /** The fixture item a path parameter names, for this operation (a delete names an item it may destroy). */
    static String kindOf(String method, String path, String param) {
        boolean destroys = method.equals("DELETE");
        if (path.startsWith("/api/agreements/{id}") || path.startsWith("/api/calendar/agreements/")) {
            return destroys && path.equals("/api/agreements/{id}") ? "victim-agreement" : "agreement";
        }
        if (path.startsWith("/api/commitments/{id}")) {
            return destroys ? "victim-commitment" : "commitment";
        }
        if (path.startsWith("/api/milestones/")) {
            return destroys ? "victim-milestone" : "milestone";
        }
        if (path.startsWith("/api/subscriptions/")) {
            return destroys ? "victim-subscription" : "subscription";
        }
        if (path.startsWith("/api/users/")) {
            return destroys ? "victim-user" : "user";
        }
        if (path.startsWith("/api/me/tokens/")) {
            return "victim-token";
        }
        if (path.startsWith("/api/notifications/")) {
            return "notification";
        }
        if (path.startsWith("/api/parties/") || path.startsWith("/api/calendar/parties/")) {
            return destroys ? "victim-party" : "party";
        }
        if (path.startsWith("/api/calendar/{token}")) {
            return "calendar-token";
        }
        if (path.startsWith("/unsubscribe/")) {
            return "unsubscribe-token";
        }
        throw new IllegalArgumentException("no fixture for " + method + " " + path);
    }

    // ================================================================== hostile values

    record V(String name, JsonNode value) {
    }

    static V s(String name, String value) {
        return new V(name, TextNode.valueOf(value));
    }

    static V n(String name, long value) {
        return new V(name, F.numberNode(value));
    }

    static V r(String name, String rawJson) {
        return new V(name, raw(rawJson));
    }

    /** Text of every kind: the whole list goes to free-text fields, the core of it to every other string. */
    static List<V> texts(int maxLength, boolean all) {
        List<V> l = new ArrayList<>(List.of(s("empty", ""), s("nul", "a\u0000b"), s("lone-surrogate", "a\uD800b"),
                s("invalid-utf8", "a" + bytes("C328") + "b"), s("rtl-override", "abc\u202Egpj.exe"), s("script", SCRIPT),
                s("img-onerror", IMG), s("sql-or", "' OR 1=1--"), s("huge-300k", HUGE)));
        if (all) {
            l.addAll(List.of(s("blank", " \t "), s("control-chars", "a\u0007\u001b[31mb\u007f"), s("crlf", "a\r\nX-Injected: 1"),
                    s("lone-low-surrogate", "\uDC00z"), s("utf8-encoded-surrogate", "a" + bytes("EDA080") + "b"),
                    s("overlong-utf8", bytes("C0AF") + "x"), s("bidi-isolates", "\u2066x\u2067y\u2068z\u2069\u200F"),
                    s("zero-width", "\u200B\u200D\uFEFFx"), s("emoji", "\uD83D\uDE80\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\uD83C\uDDEE\uD83C\uDDF7"),
                    s("nonchars", "\uFFFE\uFFFF\uFDD0"), s("sql-drop", "'; drop table commitment; --"), s("like-wildcards", "%_\\%"),
                    s("qute-template", "{inject:csrf.token}{#each x}{/each}${7*7}"), s("jndi", "${jndi:ldap://127.0.0.1:1/a}"),
                    s("format-string", "%s%s%n%x%d"), s("csv-formula", "=HYPERLINK(\"http://evil.example\",\"x\")"),
                    s("fullwidth-digits", "\uFF11\uFF12\uFF13"), s("path-traversal", "../../../../etc/passwd"),
                    s("huge-multibyte", HUGE_MULTIBYTE)));
        }
        if (maxLength > 0) {
            l.add(s("over-max-" + (maxLength + 1), "y".repeat(maxLength + 1)));
        }
        return l;
    }

    static List<V> types() {
        return List.of(n("type:number", 12345), new V("type:float", F.numberNode(1.5)), new V("type:true", F.booleanNode(true)),
                new V("type:null", F.nullNode()), new V("type:object", obj("a", 1)), new V("type:array", node(List.of("x"))),
                r("type:huge-number", "1e400"), r("type:big-integer", "123456789012345678901234567890"),
                new V("type:deep-array-10k", DEEP_ARRAY_NODE), new V("type:deep-object-10k", DEEP_OBJECT_NODE), new V("missing", null));
    }

    static final List<V> DATES = List.of(s("date:feb-30", "2026-02-30"), s("date:month-13", "2026-13-01"), s("date:feb-29-2026", "2026-02-29"),
            s("date:year-0", "0000-01-01"), s("date:year-minus-1", "-0001-01-01"), s("date:year-99999", "+99999-01-01"),
            s("date:year-99999-no-sign", "99999-01-01"), s("date:year-1000000000", "+1000000000-01-01"), s("date:1800", "1800-01-01"),
            s("date:9999-12-31", "9999-12-31"), s("date:date-time", "2026-01-01T10:00:00Z"), s("date:unpadded", "2026-1-1"),
            s("date:slashes", "01/02/2026"), s("date:week", "2026-W01-1"), s("date:fullwidth", "\uFF12\uFF10\uFF12\uFF16-\uFF10\uFF11-\uFF10\uFF11"),
            n("date:number", 20260101), n("date:epoch-number", 1767225600L));
    static final List<V> INSTANTS = List.of(s("instant:feb-30", "2026-02-30T00:00:00Z"), s("instant:hour-24", "2026-01-01T24:00:00Z"),
            s("instant:leap-second", "2026-12-31T23:59:60Z"), s("instant:offset-25h", "2026-01-01T10:00:00+25:00"),
            s("instant:no-zone", "2026-01-01T10:00:00"), s("instant:date-only", "2026-01-01"), s("instant:year-0", "0000-01-01T00:00:00Z"),
            s("instant:year-99999", "+99999-01-01T00:00:00Z"), s("instant:min", "-1000000000-01-01T00:00:00Z"),
            s("instant:beyond-max", "+1000000001-01-01T00:00:00Z"), s("instant:region-zone", "2026-01-01T10:00:00Z[Mars/Olympus]"),
            s("instant:1800", "1800-01-01T00:00:00Z"), s("instant:nanos", "2026-01-01T10:00:00.1234567891234Z"),
            n("instant:epoch-number", 1767225600L), n("instant:epoch-millis", 1767225600123L), r("instant:1e20", "1e20"));
    static final List<V> ZONES = List.of(s("zone:mars", "Mars/Olympus"), s("zone:utc+25", "UTC+25"), s("zone:offset-19", "+19:00"),
            s("zone:gmt+14", "GMT+14"), s("zone:short-id", "EST"), s("zone:systemv", "SystemV/AST4"), s("zone:etc-gmt-14", "Etc/GMT-14"),
            s("zone:traversal", "../../../../etc/localtime"), s("zone:lower-case", "europe/minsk"), s("zone:Z", "Z"),
            s("zone:nul", "Europe/Minsk\u0000"), s("zone:trailing-space", "Asia/Tehran "), s("zone:65-chars", "x".repeat(65)));
    static final List<V> RRULES = List.of(s("rrule:secondly", "FREQ=SECONDLY"), s("rrule:minutely", "FREQ=MINUTELY"),
            s("rrule:interval-0", "FREQ=DAILY;INTERVAL=0"), s("rrule:interval-negative", "FREQ=DAILY;INTERVAL=-1"),
            s("rrule:interval-huge", "FREQ=DAILY;INTERVAL=99999999999"), s("rrule:feb-30", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"),
            s("rrule:april-31", "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4"), s("rrule:bad-day", "FREQ=WEEKLY;BYDAY=XX"),
            s("rrule:count-0", "FREQ=DAILY;COUNT=0"), s("rrule:until-past", "FREQ=DAILY;UNTIL=19000101T000000Z"),
            s("rrule:until-junk", "FREQ=DAILY;UNTIL=notadate"), s("rrule:prefixed", "RRULE:FREQ=DAILY"),
            s("rrule:yearday-366-feb", "FREQ=YEARLY;BYYEARDAY=366;BYMONTH=2"), s("rrule:setpos-400", "FREQ=MONTHLY;BYSETPOS=400;BYDAY=MO"),
            s("rrule:hour-25", "FREQ=DAILY;BYHOUR=25"), s("rrule:two-freqs", "FREQ=DAILY;FREQ=WEEKLY"),
            s("rrule:dtstart-injection", "FREQ=DAILY\r\nDTSTART:19000101T000000Z"), s("rrule:semicolons", ";;;;"),
            s("rrule:every-1000-years", "FREQ=YEARLY;INTERVAL=1000"), s("rrule:byweekno-53-monday", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO"));
    static final List<V> DURATIONS = List.of(s("duration:negative", "P-1D"), s("duration:zero", "PT0S"), s("duration:P0D", "P0D"),
            s("duration:huge-days", "P999999999D"), s("duration:beyond-long", "P1000000000000D"), s("duration:huge-hours", "PT9999999999999H"),
            s("duration:year", "P1Y"), s("duration:month", "P1M"), s("duration:1s", "PT1S"), s("duration:1ns", "PT0.000000001S"),
            s("duration:words", "1 week"), s("duration:P", "P"), s("duration:PT", "PT"), s("duration:minus-P7D", "-P7D"),
            s("duration:lower-case", "p7d"), s("duration:week", "P1W"));
    static final List<V> TIMES = List.of(s("time:25h", "25:00"), s("time:24h", "24:00"), s("time:60min", "23:60"), s("time:8", "8"),
            s("time:seconds", "08:00:00"), s("time:arabic-digits", "\u0660\u0668:\u0660\u0660"), s("time:fullwidth", "\uFF10\uFF18:\uFF10\uFF10"),
            s("time:negative", "-1:00"), s("time:pm", "12:00pm"));
    static final List<V> EMAILS = List.of(s("email:no-domain", "a@b"), s("email:no-at", "no-at-sign"),
            s("email:script", SCRIPT + "@x.org"), s("email:ip-literal", "a@[127.0.0.1]"), s("email:quoted", "\"q\"@x.org"),
            s("email:300-local", "x".repeat(300) + "@x.org"), s("email:header-injection", "a@b.org\r\nBcc: victim@x.org"),
            s("email:two", "a@b.org,c@d.org"), s("email:cyrillic", "\u0430\u0434\u043C\u0438\u043D@\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444"),
            s("email:nul", "a@b.org\u0000"));
    static List<V> urls() {
        return List.of(s("url:javascript", "javascript:alert(7331)"), s("url:data", "data:text/html," + SCRIPT),
                s("url:file", "file:///etc/passwd"), s("url:loopback-metrics", "http://127.0.0.1:" + PORT + "/q/metrics"),
                s("url:metadata", "http://169.254.169.254/latest/meta-data/"), s("url:ipv6-loopback", "http://[::1]/"),
                s("url:space", "https://exa mple.org"), s("url:2100-chars", "https://example.org/" + "a".repeat(2100)),
                s("url:credentials", "http://user:pass@example.org/"), s("url:gopher", "gopher://127.0.0.1:25/_HELO"),
                s("url:scheme-relative", "//evil.example/x"), s("url:markup", "https://example.org/" + IMG));
    }
    static final List<V> CODES = List.of(s("code:unknown", "ZZ"), s("code:lower-case", "aa"), s("code:one-letter", "A"),
            s("code:trailing-space", "AA "), s("code:inner-space", "A A"), s("code:nul", "AA\u0000"),
            s("code:fullwidth", "\uFF21\uFF21"), s("code:sql", "AA'--"), s("code:script", SCRIPT), s("code:17-chars", "x".repeat(17)));
    static final List<V> PASSWORDS = List.of(s("password:short", "short"), s("password:129", "x".repeat(129)),
            s("password:100k", "x".repeat(100_000)), s("password:nul", "pass\u0000word-123456"),
            s("password:multibyte-160-bytes", "\u0634".repeat(80)), s("password:lone-surrogates", "\uD800".repeat(20)));
    static final List<V> INTS = List.of(n("int:-1", -1), n("int:0", 0), n("int:101", 101), n("int:2^31", 2147483648L),
            r("int:2^63", "9223372036854775808"), r("int:1e400", "1e400"), new V("int:1.5", F.numberNode(1.5)), s("int:string", "50"),
            s("int:fullwidth", "\uFF15\uFF10"), r("int:NaN", "NaN"), r("int:minus-zero", "-0"), r("int:leading-zeros", "007"));
    static final List<V> IDS = List.of(n("id:-1", -1), n("id:0", 0), n("id:max-long", Long.MAX_VALUE), r("id:2^63", "9223372036854775808"),
            r("id:1e3", "1e3"), s("id:fullwidth", "\uFF11\uFF12"), s("id:string", "12"), r("id:hex", "0x10"), n("id:unknown", 987654321L));
    static final List<V> BOOLS = List.of(s("bool:string", "true"), n("bool:1", 1), s("bool:yes", "yes"), s("bool:True", "True"), n("bool:0", 0));

    static List<V> enums(JsonNode values) {
        String first = values.path(0).asText("X");
        return List.of(s("enum:lower-case", first.toLowerCase(Locale.ROOT)), s("enum:leading-space", " " + first),
                s("enum:nul", first + "\u0000"), s("enum:unknown", "UNKNOWN"), n("enum:number", 1), s("enum:empty", ""),
                s("enum:lookalike", "\u00D0" + first.substring(1)));
    }

    /** What a field of this name and schema gets besides wrong types. */
    static List<V> valuesFor(String name, JsonNode s) {
        String low = name.toLowerCase(Locale.ROOT);
        String format = s.path("format").asText("");
        int max = s.path("maxLength").asInt(0);
        List<V> l = new ArrayList<>();
        if (s.has("enum")) {
            l.addAll(enums(s.get("enum")));
            return l;
        }
        String type = s.path("type").asText("string");
        if (type.equals("boolean")) {
            return BOOLS;
        }
        if (type.equals("integer") || type.equals("number")) {
            return low.endsWith("id") || low.equals("version") || low.equals("dependson") ? IDS : INTS;
        }
        boolean special = true;
        if (format.equals("date")) {
            l.addAll(DATES);
        } else if (format.equals("date-time")) {
            l.addAll(INSTANTS);
        } else if (low.contains("zone")) {
            l.addAll(ZONES);
        } else if (low.equals("reviewschedule")) {
            l.addAll(RRULES);
        } else if (low.equals("leadtimes") || low.equals("escalateevery")) {
            l.addAll(DURATIONS);
        } else if (low.equals("digestat") || low.equals("from") || low.equals("to")) {
            l.addAll(TIMES);
        } else if (low.contains("email") || low.equals("coordinators")) {
            l.addAll(EMAILS);
        } else if (low.equals("sourceurl") || low.equals("url") || low.equals("evidence")) {
            l.addAll(urls());
        } else if (low.equals("parties") || low.equals("responsibleparty") || low.equals("party") || low.equals("code")) {
            l.addAll(CODES);
        } else if (low.contains("password")) {
            l.addAll(PASSWORDS);
        } else if (low.equals("dependson") || low.equals("ref")) {
            l.addAll(List.of(s("ref:unknown", "nope"), s("ref:self", "c1"), s("ref:number-like", "1")));
            special = true;
        } else {
            special = false;
        }
        l.addAll(texts(max, !special));
        return l;
    }

    static String label(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object o : path) {
            if (o instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(b.length() > 0 ? "." : "").append(o);
            }
        }
        return b.length() == 0 ? "(body)" : b.toString();
    }

    /** Puts value (null: removes) at path in the document, creating objects and array slots on the way. */
    static void put(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode cur = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object k = path.get(i);
            Object nextKey = path.get(i + 1);
            JsonNode next = k instanceof Integer idx ? cur.path(idx) : cur.path((String) k);
            if (next.isMissingNode() || next.isNull() || !next.isContainerNode()) {
                next = nextKey instanceof Integer ? F.arrayNode() : F.objectNode();
                if (k instanceof Integer idx) {
                    ArrayNode a = (ArrayNode) cur;
                    while (a.size() <= idx) {
                        a.addNull();
                    }
                    a.set(idx, next);
                } else {
                    ((ObjectNode) cur).set((String) k, next);
                }
            }
            cur = next;
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer idx) {
            ArrayNode a = (ArrayNode) cur;
            if (value == null) {
                if (a.size() > idx) {
                    a.remove(idx.intValue());
                }
                return;
            }
            while (a.size() <= idx) {
                a.addNull();
            }
            a.set(idx, value);
        } else if (value == null) {
            ((ObjectNode) cur).remove((String) last);
        } else {
            ((ObjectNode) cur).set((String) last, value);
        }
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode cur = root;
        for (Object k : path) {
            cur = k instanceof Integer i ? cur.path(i) : cur.path((String) k);
        }
        return cur;
    }

    // ================================================================== requests to the API and their variants

    /** Who sends a request, and whose items it aims at. */
    record Persona(String name, Acct acct, String role, boolean otherParty) {
        boolean anonymous() {
            return role == null;
        }
    }

    /** A request under construction: the operation's valid request for this persona, which a variant then spoils. */
    static final class Base {
        Op op;
        String method;
        String path;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final List<String[]> headers = new ArrayList<>();
        JsonNode json;
        byte[] body;
        boolean anonymized;
        boolean crossSite;

        void header(String n, String v) {
            headers.add(new String[] {n, v});
        }

        void drop(String n) {
            headers.removeIf(h -> h[0].equalsIgnoreCase(n));
        }

        void set(String n, String v) {
            drop(n);
            header(n, v);
        }

        String get(String n) {
            for (String[] h : headers) {
                if (h[0].equalsIgnoreCase(n)) {
                    return h[1];
                }
            }
            return null;
        }

        byte[] bytes() {
            return body != null ? body : json != null ? json(json) : null;
        }

        Req req() {
            Req r = new Req();
            r.method = method;
            String t = path;
            for (Map.Entry<String, String> e : pathValues.entrySet()) {
                t = t.replace("{" + e.getKey() + "}", e.getValue());
            }
            StringBuilder q = new StringBuilder();
            for (String[] kv : query) {
                q.append(q.length() == 0 ? "?" : "&").append(kv[0]);
                if (kv[1] != null) {
                    q.append('=').append(kv[1]);
                }
            }
            r.target = t + q;
            for (String[] h : headers) {
                r.headers.add(h.clone());
            }
            r.body = bytes();
            return r;
        }
    }

    record Var(String name, Consumer<Base> change) {
    }

    static final String CSV_HEADER = "title,responsibleParty,dueDate,ownerEmail,tags";

    static String csvBaseline() {
        return CSV_HEADER + "\nBarrage CSV one,AA," + FUTURE + ",csv@example.org,barrage\nBarrage CSV two,AA," + FUTURE + ",,\n";
    }

    /** The operation's valid request as this persona, on this fixture. */
    Base baseline(Op op, Persona ps, Fx fx) {
        Base b = new Base();
        b.op = op;
        b.method = op.method;
        b.path = op.path;
        for (String prm : op.pathParams) {
            b.pathValues.put(prm, pct(fx.get(kindOf(op.method, op.path, prm))));
        }
        if (ps.acct() != null && ps.acct().token != null) {
            b.header("Authorization", "Bearer " + ps.acct().token);
        }
        if ("text/csv".equals(op.bodyType)) {
            b.header("Content-Type", "text/csv");
            b.body = utf8(csvBaseline());
        } else if (op.bodyType != null) {
            b.header("Content-Type", "application/json");
            b.json = bodyFor(op, ps, fx);
        }
        if (op.method.equals("PUT")) {
            String kind = kindOf(op.method, op.path, op.pathParams.get(0));
            String id = fx.get(kind);
            String read = op.path.replace("{id}", id).replace("{code}", id);
            Resp cur = call("GET", read, null, kind.contains("subscription") ? fx.actor : root);
            String etag = cur.h("etag");
            if (etag != null) {
                b.header("If-Match", etag);
                try {
                    ((ObjectNode) b.json).put("version", Long.parseLong(etag.replace("W/", "").replace("\"", "")));
                } catch (RuntimeException e) {
                    // no version: the request goes without one
                }
            }
            if (op.path.equals("/api/users/{id}")) {
                ((ObjectNode) b.json).put("email", cur.json().path("email").asText());
            }
            if (op.path.equals("/api/commitments/{id}")) {
                JsonNode c = cur.json();
                if (c.hasNonNull("dueDate")) {
                    ((ObjectNode) b.json).put("dueDate", c.get("dueDate").asText());
                } else {
                    ((ObjectNode) b.json).remove("dueDate");
                    ((ObjectNode) b.json).put("dueAt", c.path("dueAt").asText());
                }
            }
        }
        return b;
    }

    JsonNode bodyFor(Op op, Persona ps, Fx fx) {
        long n = SEQ.incrementAndGet();
        // The official of BB attacks items of AA and CC: a valid body names those parties, so only access can refuse it.
        List<String> parties = ps.otherParty() ? List.of("AA", "CC") : List.of("AA", "BB", "CC");
        switch (op.name()) {
            case "POST /api/agreements":
            case "PUT /api/agreements/{id}":
                return obj("title", "Barrage agreement " + n, "summary", "Barrage", "signedOn", PAST, "place", "Minsk", "sourceUrl",
                        "https://example.org/a", "status", "ACTIVE", "parties", parties, "reviewSchedule", "FREQ=MONTHLY;INTERVAL=3",
                        "public", false, "reviewZone", "Asia/Tehran", "remindOwners", true, "coordinators", List.of("coord@example.org"));
            case "POST /api/agreements/import": {
                String agreement = fx.get("agreement");
                fx.get("milestone");
                fx.get("commitment2");
                String doc = fx.exports.computeIfAbsent(agreement, a -> must("GET", "/api/agreements/" + a + "/export", null, root).toString());
                try {
                    ObjectNode d = (ObjectNode) M.readTree(doc);
                    ((ObjectNode) d.path("agreement")).put("title", "Barrage import " + n);
                    return d;
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }
            case "POST /api/agreements/{id}/commitments":
            case "PUT /api/commitments/{id}":
                return obj("title", "Barrage commitment " + n, "description", "Barrage", "responsibleParty", "AA", "owner",
                        obj("name", "Barrage owner", "email", "owner@example.org"), "tags", List.of("barrage"), "priority", "HIGH",
                        "startOn", PAST, "dueDate", FUTURE, "status", "PLANNED", "dependsOn", List.of(), "deadlineChangeReason", "barrage");
            case "POST /api/agreements/{id}/reviews":
                return obj("reviewId", Long.parseLong(fx.get("review")), "notes", "Barrage note " + n, "author", "barrage");
            case "POST /api/commitments/{id}/deadline":
                return obj("dueDate", TODAY.plusDays(100 + n % 200).toString(), "reason", "Barrage revision", "author", "barrage");
            case "POST /api/commitments/{id}/milestones":
            case "PUT /api/milestones/{id}":
                return obj("title", "Barrage milestone " + n, "dueDate", FUTURE, "completed", false, "evidence", "https://example.org/m");
            case "POST /api/commitments/{id}/updates":
                return obj("note", "Barrage progress " + n, "status", "IN_PROGRESS", "percentComplete", 40, "evidence",
                        List.of("https://example.org/e"), "author", "barrage");
            case "POST /api/me/password":
                return obj("currentPassword", ps.acct() == null ? "barrage-wrong-password" : ps.acct().password, "newPassword",
                        "barrage-new-password-" + n);
            case "POST /api/me/tokens":
                return obj("name", "Barrage token " + n, "expiresAt",
                        Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            case "POST /api/parties":
                return obj("code", ("R" + n).substring(0, Math.min(16, ("R" + n).length())), "name", "Barrage party " + n, "timeZone", "UTC");
            case "PUT /api/parties/{code}":
                return obj("name", "Barrage party renamed " + n, "timeZone", "UTC");
            case "POST /api/subscriptions":
            case "PUT /api/subscriptions/{id}":
                return subscriptionBody(Long.parseLong(fx.get("agreement")));
            case "POST /api/users":
                return obj("email", "barrage.user." + n + "@example.org", "name", "Barrage user " + n, "password", "barrage-password-" + n,
                        "role", "official", "parties", List.of("AA"));
            case "PUT /api/users/{id}":
                return obj("name", "Barrage user renamed " + n, "role", "official", "parties", List.of("AA"));
            default: {
                // an operation this barrage has no valid body for yet: one made from its schema
                ObjectNode o = F.objectNode();
                op.bodySchema.path("properties").fieldNames().forEachRemaining(f -> o.put(f, "barrage"));
                log("WARNING: no valid body known for " + op.name() + "; sending one made from its schema");
                return o;
            }
        }
    }

    /** The target's own id written differently (the item it names must not change behind another spelling). */
    static String spell(String name, String id) {
        String e = pct(id);
        StringBuilder wide = new StringBuilder();
        StringBuilder arabic = new StringBuilder();
        for (char c : id.toCharArray()) {
            wide.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
            arabic.append(c >= '0' && c <= '9' ? (char) (c - '0' + 0x0660) : c);
        }
        return switch (name) {
            case "fullwidth" -> pct(wide.toString());
            case "arabic-indic-digits" -> pct(arabic.toString());
            case "decimal" -> e + ".0";
            case "exponent" -> e + "e0";
            case "matrix" -> e + ";x=y";
            case "trailing-space" -> e + "%20";
            case "leading-zeros" -> "00" + e;
            case "plus" -> "%2B" + e;
            case "rtl-override" -> pct("\u202E") + e;
            case "trailing-nul" -> e + "%00";
            case "lower-case" -> e.toLowerCase(Locale.ROOT);
            case "crlf" -> e + "%0d%0aX-Injected:%201";
            default -> e;
        };
    }

    static String unpct(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return s;
        }
    }

    /** Hostile spellings of a path element: absolute ones, and the target's own id written differently. */
    static List<String[]> pathValues(String id) {
        List<String[]> l = new ArrayList<>(List.of(new String[] {"-1", "-1"}, new String[] {"0", "0"},
                new String[] {"max-long", "9223372036854775807"}, new String[] {"2^63", "9223372036854775808"},
                new String[] {"23-digits", "99999999999999999999999"}, new String[] {"letters", "abc"}, new String[] {"nul", "%00"},
                new String[] {"dot-dot", "%2e%2e"}, new String[] {"traversal", "..%2f..%2fusers"}, new String[] {"space", "%20"},
                new String[] {"script", pct(SCRIPT)}, new String[] {"sql", pct("' OR 1=1--")}, new String[] {"bad-percent", "%zz"},
                new String[] {"5000-chars", "A".repeat(5000)}, new String[] {"empty", ""}, new String[] {"invalid-utf8", "%C3%28"},
                new String[] {"lone-surrogate", "%ED%A0%80"}));
        for (String name : List.of("fullwidth", "arabic-indic-digits", "decimal", "exponent", "matrix", "trailing-space", "leading-zeros",
                "plus", "rtl-override", "trailing-nul", "lower-case", "crlf")) {
            l.add(new String[] {"own-id:" + name, spell(name, id)});
        }
        return l;
    }

    static List<String[]> queryValues(String name, String type) {
        String low = name.toLowerCase(Locale.ROOT);
        List<String[]> l = new ArrayList<>();
        if (low.equals("page") || low.equals("size")) {
            l.addAll(List.of(new String[] {"-1", "-1"}, new String[] {"0", "0"}, new String[] {"2^31", "2147483648"},
                    new String[] {"20-digits", "99999999999999999999"}, new String[] {"letters", "abc"}, new String[] {"exponent", "1e3"},
                    new String[] {"fullwidth", pct("\uFF11")}, new String[] {"empty", ""}, new String[] {"nul", "%00"},
                    new String[] {"decimal", "1.5"}, new String[] {"no-value", null}));
            if (low.equals("size")) {
                l.add(new String[] {"100000", "100000"});
                l.add(new String[] {"201", "201"});
            }
        } else if (low.equals("sort")) {
            l.addAll(List.of(new String[] {"dash", "-"}, new String[] {"sql", pct("title;drop table x")},
                    new String[] {"unknown-field", "unknownField"}, new String[] {"hidden-column", "passwordHash"},
                    new String[] {"300-keys", pct("-priority,dueAt,".repeat(100))}, new String[] {"sql-order", pct("id desc")},
                    new String[] {"plus", pct("+title")}, new String[] {"repeated", "title,title,title"},
                    new String[] {"subquery", pct("(select 1)")}, new String[] {"nul", "%00"}, new String[] {"script", pct(SCRIPT)}));
        } else if (low.equals("duebefore") || low.equals("dueafter") || low.equals("from") || low.equals("to") || low.equals("month")) {
            for (String d : List.of("2026-02-30", "0000-01-01", "+99999-01-01", "2026-01-01T10:00:00Z", "1767225600",
                    "2026-01-01T25:00:00Z", "-999999999-01-01", "2026-01-01T10:00:00+25:00", "2026-13", "", "%00")) {
                l.add(new String[] {"date:" + (d.isEmpty() ? "empty" : d), d.equals("%00") ? d : pct(d)});
            }
        } else if (type.equals("boolean") || low.equals("overdue")) {
            for (String d : List.of("maybe", "TRUE", "1", "", "%00")) {
                l.add(new String[] {"bool:" + (d.isEmpty() ? "empty" : d), d});
            }
        } else if (type.equals("integer") || low.equals("agreement") || low.equals("commitment") || low.equals("milestone")
                || low.equals("user") || low.equals("mindaysoverdue")) {
            for (String[] d : new String[][] {{"-1", "-1"}, {"0", "0"}, {"2^63", "9223372036854775808"}, {"letters", "abc"},
                {"fullwidth", pct("\uFF11\uFF12")}, {"exponent", "1e3"}, {"empty", ""}, {"huge", "99999999"}, {"nul", "%00"}}) {
                l.add(new String[] {"number:" + d[0], d[1]});
            }
        }
        for (String[] d : new String[][] {{"script", pct(SCRIPT)}, {"img-onerror", pct(IMG)}, {"sql-or", pct("' OR 1=1--")},
            {"percent", "%25"}, {"underscore", "_"}, {"backslash", "%5C"}, {"10k-chars", "x".repeat(10_000)}, {"nul", "%00"},
            {"invalid-utf8", "%C3%28"}, {"lone-surrogate", "%ED%A0%80"}, {"rtl-override", pct("\u202Eabc")}, {"bad-percent", "%zz"}}) {
            l.add(new String[] {"text:" + d[0], d[1]});
        }
        return l;
    }

    static String first(JsonNode json) {
        return json != null && json.isObject() && json.size() > 0 ? json.fieldNames().next() : null;
    }

    /** The body's text with one field put first (a duplicate, an unknown field, a prototype key …). */
    static byte[] withField(Base b, String fieldText) {
        String text = b.json != null ? new String(json(b.json), StandardCharsets.ISO_8859_1) : "{}";
        if (!text.startsWith("{")) {
            return (("{" + fieldText + "}")).getBytes(StandardCharsets.ISO_8859_1);
        }
        return ("{" + fieldText + (text.length() > 2 ? "," : "") + text.substring(1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            b.writeBytes(utf8(Integer.toHexString(n) + "\r\n"));
            b.write(body, i, n);
            b.writeBytes(CRLF);
        }
        b.writeBytes(utf8("0\r\n\r\n"));
        return b.toByteArray();
    }

    static final int MIB = 1024 * 1024;

    static List<Var> bodyVariants() {
        List<Var> v = new ArrayList<>();
        v.add(new Var("body:none", b -> b.json = null));
        v.add(new Var("body:empty", b -> b.body = new byte[0]));
        for (String[] lit : new String[][] {{"null", "null"}, {"array", "[]"}, {"string", "\"s\""}, {"number", "42"}, {"object", "{}"},
            {"true", "true"}, {"xml", "<agreement><title>x</title></agreement>"}, {"form", "title=x&parties=AA"},
            {"nul-bytes", "\u0000\u0000\u0000"}, {"array-100k", "[" + "1,".repeat(99_999) + "1]"},
            {"deep-array-10k", deepArray(10_000)}, {"deep-object-10k", deepObject(10_000)}}) {
            v.add(new Var("body:" + lit[0], b -> b.body = utf8(lit[1])));
        }
        v.add(new Var("body:keys-50k", b -> {
            StringBuilder s = new StringBuilder("{");
            for (int i = 0; i < 50_000; i++) {
                s.append(i > 0 ? "," : "").append("\"k").append(i).append("\":0");
            }
            b.body = utf8(s.append('}').toString());
        }));
        v.add(new Var("body:truncated", b -> {
            byte[] x = b.bytes();
            b.body = Arrays.copyOf(x, x.length / 2);
        }));
        v.add(new Var("body:trailing-garbage", b -> b.body = concat(b.bytes(), utf8("}}garbage"))));
        v.add(new Var("body:two-documents", b -> b.body = concat(b.bytes(), b.bytes())));
        v.add(new Var("body:duplicate-key", b -> {
            String k = first(b.json);
            if (k != null) {
                b.body = withField(b, "\"" + k + "\":" + new String(json(b.json.get(k)), StandardCharsets.ISO_8859_1));
            }
        }));
        v.add(new Var("body:escaped-duplicate-key", b -> {
            String k = first(b.json);
            if (k != null) {
                b.body = withField(b, "\"\\u00" + Integer.toHexString(k.charAt(0)) + k.substring(1) + "\":\"x\"");
            }
        }));
        v.add(new Var("body:key-in-other-case", b -> {
            String k = first(b.json);
            if (k != null) {
                b.body = withField(b, "\"" + k.toUpperCase(Locale.ROOT) + "\":\"x\"");
            }
        }));
        v.add(new Var("body:bom", b -> b.body = concat(hex("EFBBBF"), b.bytes())));
        v.add(new Var("body:utf16le-bom", b -> b.body = concat(hex("FFFE"),
                new String(b.bytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE))));
        v.add(new Var("body:utf16be", b -> b.body = new String(b.bytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE)));
        v.add(new Var("body:comment", b -> b.body = concat(utf8("/* c */ "), b.bytes())));
        v.add(new Var("body:single-quotes", b -> b.body = new String(b.bytes(), StandardCharsets.UTF_8).replace('"', '\'').getBytes(StandardCharsets.UTF_8)));
        v.add(new Var("body:nan-literal", b -> b.body = withField(b, "\"nan\":NaN")));
        v.add(new Var("body:huge-exponent", b -> b.body = withField(b, "\"n\":1e999999")));
        v.add(new Var("body:invalid-utf8-key", b -> b.body = concat(utf8("{\"a"), hex("FF"), utf8("b\":1}"))));
        v.add(new Var("body:invalid-utf8-in-value", b -> b.body = withField(b, "\"junk\":\"a\u00ffb\"")));
        v.add(new Var("body:prototype-keys", b -> b.body = withField(b, "\"__proto__\":{\"admin\":true},\"constructor\":{\"prototype\":{\"admin\":true}}")));
        v.add(new Var("body:unknown-field", b -> b.body = withField(b, "\"unknownField\":1")));
        v.add(new Var("body:read-only-fields", b -> b.body = withField(b, "\"id\":999999,\"createdAt\":\"2000-01-01T00:00:00Z\"")));
        v.add(new Var("body:leading-whitespace-900k", b -> b.body = concat(utf8(" ".repeat(900_000)), b.bytes())));
        v.add(new Var("body:over-limit", b -> b.body = concat(utf8(" ".repeat(MIB + 1 - b.bytes().length)), b.bytes())));
        v.add(new Var("body:over-limit-chunked", b -> {
            b.set("Transfer-Encoding", "chunked");
            b.body = chunked(concat(utf8(" ".repeat(MIB + 100_000)), b.bytes()), 65536);
        }));
        v.add(new Var("body:chunked", b -> {
            b.set("Transfer-Encoding", "chunked");
            b.body = chunked(b.bytes(), 7);
        }));
        return v;
    }

    static List<Var> csvVariants() {
        String good = "Barrage CSV,AA," + FUTURE + ",csv@example.org,barrage\n";
        List<String[]> c = new ArrayList<>(List.of(new String[] {"header-only", CSV_HEADER + "\n"},
                new String[] {"header-unbalanced-quote", "\"title,responsibleParty,dueDate\nx,AA," + FUTURE + "\n"},
                new String[] {"header-quote-inside", "ti\"tle,responsibleParty,dueDate\nx,AA," + FUTURE + "\n"},
                new String[] {"no-header", good}, new String[] {"unknown-column", CSV_HEADER + ",secret\n" + good.trim() + ",x\n"},
                new String[] {"duplicate-column", CSV_HEADER + ",title\n" + good.trim() + ",again\n"},
                new String[] {"missing-required-column", "title,dueDate\nx," + FUTURE + "\n"},
                new String[] {"unbalanced-quote", CSV_HEADER + "\n\"Barrage,AA," + FUTURE + ",,\n"},
                new String[] {"quote-inside-field", CSV_HEADER + "\nBar\"rage,AA," + FUTURE + ",,\n"},
                new String[] {"quote-after-quoted", CSV_HEADER + "\n\"Bar\"x,AA," + FUTURE + ",,\n"},
                new String[] {"nul", CSV_HEADER + "\nBar\u0000rage,AA," + FUTURE + ",,\n"},
                new String[] {"control-chars", CSV_HEADER + "\nBar\u0007\u001brage,AA," + FUTURE + ",,\n"},
                new String[] {"cr-only", (CSV_HEADER + "\n" + good + good).replace('\n', '\r')},
                new String[] {"mixed-line-ends", CSV_HEADER + "\r\n" + good + "\r" + good},
                new String[] {"too-many-cells", CSV_HEADER + "\n" + good.trim() + ",a,b,c,d,e,f\n"},
                new String[] {"too-few-cells", CSV_HEADER + "\nBarrage\n"},
                new String[] {"10k-columns", CSV_HEADER + ",c".repeat(10_000) + "\n" + good},
                new String[] {"50k-lines", CSV_HEADER + "\n" + ("t,AA," + FUTURE + ",,\n").repeat(50_000)},
                new String[] {"title-over-max", CSV_HEADER + "\n" + "y".repeat(301) + ",AA," + FUTURE + ",,\n"},
                new String[] {"field-500k", CSV_HEADER + "\n" + "y".repeat(500_000) + ",AA," + FUTURE + ",,\n"},
                new String[] {"formula", CSV_HEADER + "\n=HYPERLINK(\"\"http://evil.example\"\"),AA," + FUTURE + ",,\n"},
                new String[] {"formula-quoted", CSV_HEADER + "\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",AA," + FUTURE + ",,\n"},
                new String[] {"good-then-bad", CSV_HEADER + "\n" + good.repeat(50) + "Bad,AA,2026-02-30,,\n"},
                new String[] {"bad-then-good", CSV_HEADER + "\nBad,ZZ," + FUTURE + ",,\n" + good.repeat(50)},
                new String[] {"impossible-date", CSV_HEADER + "\nx,AA,2026-02-30,,\n"},
                new String[] {"date-time-in-date", CSV_HEADER + "\nx,AA,2026-01-01T10:00:00Z,,\n"},
                new String[] {"number-as-date", CSV_HEADER + "\nx,AA,20260101,,\n"},
                new String[] {"year-99999", CSV_HEADER + "\nx,AA,+99999-01-01,,\n"},
                new String[] {"year-0", CSV_HEADER + "\nx,AA,0000-01-01,,\n"},
                new String[] {"unknown-party", CSV_HEADER + "\nx,ZZ," + FUTURE + ",,\n"},
                new String[] {"other-party", CSV_HEADER + "\nx,BB," + FUTURE + ",,\n"},
                new String[] {"bad-email", CSV_HEADER + "\nx,AA," + FUTURE + ",a@b.org\r\nBcc: v@x.org,\n"},
                new String[] {"script-title", CSV_HEADER + "\n" + SCRIPT + ",AA," + FUTURE + ",,\n"},
                new String[] {"img-title", CSV_HEADER + "\n\"" + IMG.replace("\"", "\"\"") + "\",AA," + FUTURE + ",,\n"},
                new String[] {"rtl-title", CSV_HEADER + "\nabc\u202Egpj,AA," + FUTURE + ",,\n"},
                new String[] {"tags-100", CSV_HEADER + "\nx,AA," + FUTURE + ",,\"" + "t;".repeat(100) + "\"\n"},
                new String[] {"embedded-newline", CSV_HEADER + "\n\"Line one\nLine two\",AA," + FUTURE + ",,\n"},
                new String[] {"empty-lines", CSV_HEADER + "\n\n\n" + good + "\n\n"},
                new String[] {"blank-lines", CSV_HEADER + "\n   \n\t\n" + good},
                new String[] {"semicolons", CSV_HEADER.replace(',', ';') + "\n" + good.replace(',', ';')},
                new String[] {"tabs", CSV_HEADER.replace(',', '\t') + "\n" + good.replace(',', '\t')},
                new String[] {"only-newlines", "\n\n\n"}, new String[] {"empty", ""},
                new String[] {"all-columns-hostile", "title,responsibleParty,dueDate,dueAt,dueZone,priority,status,startOn,dependsOn,ownerName,ownerEmail,tags,description\n"
                        + "x,AA," + FUTURE + ",2026-01-01T25:00:00Z,Mars/Olympus,URGENT,DONE,2026-02-30,1;x;-5,\u202Eo,a@,t,d\n"},
                new String[] {"depends-on-garbage", "title,responsibleParty,dueDate,dependsOn\nx,AA," + FUTURE + ",\"1;x;-5;9223372036854775808\"\n"},
                new String[] {"status-done", "title,responsibleParty,dueDate,status\nx,AA," + FUTURE + ",DONE\n"},
                new String[] {"due-at-and-date", "title,responsibleParty,dueDate,dueAt\nx,AA," + FUTURE + ",2027-01-01T00:00:00Z\n"}));
        List<Var> v = new ArrayList<>();
        for (String[] x : c) {
            v.add(new Var("csv:" + x[0], b -> b.body = textBytes(x[1])));
        }
        v.add(new Var("csv:bom", b -> b.body = concat(hex("EFBBBF"), b.bytes())));
        v.add(new Var("csv:utf16-bom", b -> b.body = concat(hex("FFFE"), csvBaseline().getBytes(StandardCharsets.UTF_16LE))));
        v.add(new Var("csv:latin1", b -> b.body = (CSV_HEADER + "\nCaf\u00e9,AA," + FUTURE + ",,\n").getBytes(StandardCharsets.ISO_8859_1)));
        v.add(new Var("csv:invalid-utf8", b -> b.body = concat(utf8(CSV_HEADER + "\nBar"), hex("C328FF"), utf8("rage,AA," + FUTURE + ",,\n"))));
        v.add(new Var("csv:lone-surrogate", b -> b.body = textBytes(CSV_HEADER + "\nBar\uD800rage,AA," + FUTURE + ",,\n")));
        v.add(new Var("csv:over-limit", b -> b.body = utf8(CSV_HEADER + "\n" + ("t,AA," + FUTURE + ",,\n").repeat(MIB / 16))));
        return v;
    }

    List<Var> headerVariants(Op op, Persona ps) {
        List<Var> v = new ArrayList<>();
        boolean hasBody = op.bodyType != null;
        if (hasBody) {
            v.add(new Var("header:no-content-type", b -> b.drop("Content-Type")));
            for (String[] ct : new String[][] {{"text-plain", "text/plain"}, {"xml", "application/xml"},
                {"form", "application/x-www-form-urlencoded"}, {"multipart-no-boundary", "multipart/form-data"},
                {"json-charset-utf16", "application/json; charset=UTF-16"}, {"json-charset-bogus", "application/json; charset=x-bogus"},
                {"garbage", "%%%/;;;"}, {"empty", ""}, {"csv", "text/csv"}, {"json", "application/json"},
                {"json-with-params", "application/json; a=b; a=c"}, {"problem-json", "application/problem+json"},
                {"vendor-json", "application/vnd.barrage+json"}}) {
                v.add(new Var("header:content-type-" + ct[0], b -> b.set("Content-Type", ct[1])));
            }
            v.add(new Var("header:two-content-types", b -> b.header("Content-Type", "text/plain")));
            v.add(new Var("header:content-encoding-gzip", b -> b.set("Content-Encoding", "gzip")));
            v.add(new Var("header:expect-100", b -> b.set("Expect", "100-continue")));
        }
        for (String[] a : new String[][] {{"csv", "text/csv"}, {"xml", "application/xml"}, {"html", "text/html"}, {"png", "image/png"},
            {"garbage", ";;;q=x,/"}, {"json-q0", "application/json;q=0"}, {"ics", "text/calendar"}}) {
            v.add(new Var("header:accept-" + a[0], b -> b.set("Accept", a[1])));
        }
        for (String[] a : new String[][] {{"junk", "zz-ZZ-x-aaaaaaaaaaaa;q=5, *;q=-1, fa;q=NaN"}, {"8k", "en,".repeat(2700)},
            {"fa", "fa"}, {"ru", "ru"}, {"star", "*"}, {"non-ascii", "\u00e9\u00e9-\u0634"}}) {
            v.add(new Var("header:accept-language-" + a[0], b -> b.set("Accept-Language", a[1])));
        }
        if (op.ifMatch || op.method.equals("PUT")) {
            for (String[] a : new String[][] {{"junk", "\"abc\""}, {"negative", "\"-1\""}, {"huge", "\"99999999999999999999\""},
                {"list", "\"1\", \"2\""}, {"star", "*"}, {"weak", "W/\"0\""}, {"empty", ""}, {"unquoted", "abc"}, {"stale", "\"0\""}}) {
                v.add(new Var("header:if-match-" + a[0], b -> b.set("If-Match", a[1])));
            }
        }
        v.add(new Var("header:if-none-match-junk", b -> b.set("If-None-Match", "\"\u00ff\"")));
        v.add(new Var("header:if-modified-since-junk", b -> b.set("If-Modified-Since", "Mon, 32 Foo 99999 99:99:99 GMT")));
        v.add(new Var("header:30k-value", b -> b.set("X-Barrage", "a".repeat(30_000))));
        v.add(new Var("header:300-headers", b -> {
            for (int i = 0; i < 300; i++) {
                b.header("X-Barrage-" + i, "v");
            }
        }));
        v.add(new Var("header:cookie-junk", b -> b.set("Cookie", "quarkus-credential=garbage; csrf-token=%zz; pacta-lang=%00" + SCRIPT)));
        v.add(new Var("header:method-override", b -> b.set("X-HTTP-Method-Override", "DELETE")));
        v.add(new Var("header:forwarded-host", b -> {
            b.set("X-Forwarded-Host", "evil.example");
            b.set("X-Forwarded-For", "127.0.0.1, " + SCRIPT);
            b.set("Forwarded", "for=\"[::1]\";host=evil.example;proto=https");
        }));
        v.add(new Var("header:host-evil", b -> b.set("Host", "evil.example")));
        v.add(new Var("header:origin-evil", b -> b.set("Origin", "https://evil.example")));
        v.add(new Var("header:range", b -> b.set("Range", "bytes=0-0,-1,5-1")));
        if (ps.acct() != null) {
            for (String[] a : new String[][] {{"bearer-empty", "Bearer "}, {"bearer-junk", "Bearer junk"},
                {"bearer-8k", "Bearer " + "a".repeat(8000)}, {"basic", "Basic YWRtaW46eA=="}, {"bearer-nul", "Bearer a\u0000b"},
                {"token-plus-char", null}}) {
                v.add(new Var("header:authorization-" + a[0], b -> {
                    String value = a[1] != null ? a[1] : b.get("Authorization") + "x";
                    b.set("Authorization", value);
                    b.anonymized = true;
                }));
            }
            if (op.write()) {
                // The API with the browser's session cookie instead of a token: a cross-site form can send text/plain,
                // a form body or no type at all, never JSON; an API that takes those with a cookie is open to forgery.
                for (String[] a : new String[][] {{"json", "application/json", ""}, {"text-plain", "text/plain", "x"},
                    {"no-content-type", null, "x"}, {"form", "application/x-www-form-urlencoded", "x"}}) {
                    v.add(new Var("auth:session-cookie+" + a[0], b -> {
                        b.drop("Authorization");
                        b.set("Cookie", ps.acct().cookie());
                        if (b.bytes() == null && !op.method.equals("DELETE")) {
                            b.body = new byte[0];
                        }
                        if (a[1] == null) {
                            b.drop("Content-Type");
                        } else {
                            b.set("Content-Type", a[1]);
                        }
                        b.crossSite = !a[2].isEmpty() && !op.method.equals("PUT") && !op.method.equals("DELETE");
                    }));
                }
            }
        }
        for (String m : List.of("HEAD", "OPTIONS", "TRACE", "PATCH", "PROPFIND")) {
            v.add(new Var("method:" + m, b -> b.method = m));
        }
        return v;
    }

    static List<V> lists(JsonNode items, int maxItems, JsonNode sample) {
        String one = sample == null ? "\"AA\"" : new String(json(sample), StandardCharsets.UTF_8);
        if (one.length() > 40) {
            one = items.path("type").asText().equals("integer") ? "1" : "\"AA\"";
        }
        int copies = maxItems > 0 ? maxItems + 1 : 1001;
        ArrayNode over = F.arrayNode();
        for (int i = 0; i < copies; i++) {
            over.add(sample == null ? TextNode.valueOf("AA") : sample);
        }
        JsonNode s = sample == null ? TextNode.valueOf("AA") : sample;
        String item = one;
        return List.of(new V("list:100k", LONG_LISTS.computeIfAbsent(item, x -> raw("[" + (x + ",").repeat(99_999) + x + "]"))), new V("list:over-max-" + copies, over),
                new V("list:null-item", node(Arrays.asList((Object) null))), new V("list:nested", F.arrayNode().add(F.arrayNode().add(s))),
                new V("list:empty", F.arrayNode()), new V("list:object-item", F.arrayNode().add(F.objectNode())),
                new V("list:duplicates", F.arrayNode().add(s).add(s)), new V("list:mixed", node(Arrays.asList(1, "a", true, null))),
                new V("list:deep-item", DEEP_ITEM));
    }

    /** A small valid-looking item for a list of objects (the over-long list of commitments must stay under 1 MiB). */
    static JsonNode minimal(JsonNode schema) {
        ObjectNode o = F.objectNode();
        for (JsonNode req : schema.path("required")) {
            o.put(req.asText(), req.asText().equals("responsibleParty") || req.asText().equals("code") ? "AA" : "t");
        }
        return o;
    }

    void fieldVariants(JsonNode schema, List<Object> path, JsonNode baseline, List<Var> out, int depth) {
        JsonNode sch = resolve(schema);
        for (Iterator<Map.Entry<String, JsonNode>> it = sch.path("properties").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode ps = resolve(e.getValue());
            List<Object> p = new ArrayList<>(path);
            p.add(name);
            String type = ps.path("type").asText(ps.has("properties") ? "object" : "string");
            for (V t : types()) {
                if (t.name().equals("type:string") && type.equals("string")) {
                    continue;
                }
                addField(out, p, t);
            }
            JsonNode current = at(baseline, p);
            if (type.equals("array")) {
                JsonNode items = resolve(ps.path("items"));
                boolean objects = items.has("properties");
                JsonNode sample = current.isArray() && current.size() > 0 ? current.get(0) : null;
                if (objects) {
                    sample = minimal(items);
                }
                for (V l : lists(items, ps.path("maxItems").asInt(0), sample)) {
                    addField(out, p, l);
                }
                if (objects && depth < 3) {
                    List<Object> first = new ArrayList<>(p);
                    first.add(0);
                    if (at(baseline, first).isMissingNode()) {
                        continue;
                    }
                    fieldVariants(items, first, baseline, out, depth + 1);
                } else if (!objects) {
                    for (V x : valuesFor(name, items)) {
                        addField(out, p, new V("item:" + x.name(), x.value() == null ? null : F.arrayNode().add(x.value())));
                    }
                }
            } else if (type.equals("object") && depth < 3) {
                fieldVariants(ps, p, baseline, out, depth + 1);
            } else {
                for (V x : valuesFor(name, ps)) {
                    addField(out, p, x);
                }
            }
        }
    }

    static void addField(List<Var> out, List<Object> p, V x) {
        out.add(new Var("field:" + label(p) + ":" + x.name(), b -> {
            if (b.json != null && b.json.isContainerNode()) {
                put(b.json, p, x.value() == null ? null : x.value().deepCopy());
            }
        }));
    }

    // ================================================================== pages and their forms
    // The pages are not in the OpenAPI document: their routes are read from the page classes' source (every @GET and
    // @POST with its @Path, the form fields the method reads, its @QueryParams), and each form's fields and current
    // values from the page that shows it, read as an administrator.

    record Route(String method, String path, boolean multipart, List<String> fields, List<String> query, String access) {
        String name() {
            return "FORM " + method + " " + path;
        }
    }

    static final Pattern ANNOTATION_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    static final Pattern FIELD_READ = Pattern.compile("\\bf\\.(?:text|number|integer|date|instant|lines|all|checked|choice|value|has)\\(\"([^\"]+)\"");
    static final Pattern FORM_PARAM = Pattern.compile("@(?:FormParam|RestForm)\\(\"([^\"]+)\"\\)");
    static final Pattern QUERY_PARAM = Pattern.compile("@QueryParam\\(\"([^\"]+)\"\\)");

    static List<Route> scanRoutes() throws IOException {
        List<Route> routes = new ArrayList<>();
        List<Path> files;
        try (var s = Files.list(SRC.resolve("web"))) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            int classLine = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("public (final )?class .*")) {
                    classLine = i;
                    break;
                }
            }
            if (classLine < 0) {
                continue;
            }
            String classPath = "";
            String classAccess = "";
            for (int i = classLine - 1; i >= 0 && (lines.get(i).startsWith("@") || lines.get(i).startsWith(" ")); i--) {
                Matcher m = ANNOTATION_PATH.matcher(lines.get(i));
                if (m.find()) {
                    classPath = m.group(1);
                }
                classAccess = access(lines.get(i), classAccess);
            }
            // methods at four spaces' indentation, their annotations above them and their bodies below
            Map<String, Set<String>> helperFields = new LinkedHashMap<>();
            List<Object[]> endpoints = new ArrayList<>();
            for (int i = classLine + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.matches("    (public|private|protected|static|[A-Z]).*\\(.*") || line.startsWith("    @")) {
                    continue;
                }
                List<String> annotations = new ArrayList<>();
                for (int j = i - 1; j > classLine && lines.get(j).startsWith("    @"); j--) {
                    annotations.add(lines.get(j).trim());
                }
                StringBuilder body = new StringBuilder();
                int depth = 0;
                boolean opened = false;
                int j = i;
                for (; j < lines.size(); j++) {
                    String l = lines.get(j);
                    body.append(l).append('\n');
                    for (char c : l.toCharArray()) {
                        if (c == '{') {
                            depth++;
                            opened = true;
                        } else if (c == '}') {
                            depth--;
                        }
                    }
                    if (opened && depth == 0 || !opened && l.trim().endsWith(";")) {
                        break;
                    }
                }
                String method = annotations.contains("@GET") ? "GET" : annotations.contains("@POST") ? "POST" : null;
                Matcher nm = Pattern.compile("(\\w+)\\(").matcher(line);
                String methodName = nm.find() ? nm.group(1) : "?";
                Set<String> fields = new LinkedHashSet<>();
                Matcher fm = FIELD_READ.matcher(body);
                while (fm.find()) {
                    fields.add(fm.group(1));
                }
                fm = FORM_PARAM.matcher(body);
                while (fm.find()) {
                    fields.add(fm.group(1));
                }
                if (method == null) {
                    helperFields.put(methodName, fields);
                    i = j;
                    continue;
                }
                String methodPath = "";
                String access = classAccess;
                boolean multipart = false;
                for (String an : annotations) {
                    Matcher m = ANNOTATION_PATH.matcher(an);
                    if (m.find()) {
                        methodPath = m.group(1);
                    }
                    access = access(an, access);
                    multipart |= an.contains("MULTIPART_FORM_DATA");
                }
                List<String> query = new ArrayList<>();
                Matcher qm = QUERY_PARAM.matcher(body);
                while (qm.find()) {
                    query.add(qm.group(1));
                }
                String full = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
                if (full.length() > 1 && full.endsWith("/")) {
                    full = full.substring(0, full.length() - 1);
                }
                endpoints.add(new Object[] {method, full, multipart, fields, query, access, body.toString()});
                i = j;
            }
            for (Object[] e : endpoints) {
                @SuppressWarnings("unchecked")
                Set<String> fields = (Set<String>) e[3];
                String body = (String) e[6];
                helperFields.forEach((name, hf) -> {
                    if (body.contains(name + "(")) {
                        fields.addAll(hf);
                    }
                });
                @SuppressWarnings("unchecked")
                List<String> query = (List<String>) e[4];
                routes.add(new Route((String) e[0], (String) e[1], (Boolean) e[2], new ArrayList<>(fields), query, (String) e[5]));
            }
        }
        routes.add(new Route("POST", "/j_security_check", false, List.of("j_username", "j_password"), List.of(), "public"));
        return routes;
    }

    static String access(String annotation, String current) {
        if (annotation.startsWith("@PermitAll")) {
            return "public";
        }
        if (annotation.startsWith("@Authenticated")) {
            return "signed-in";
        }
        if (annotation.startsWith("@RolesAllowed")) {
            return annotation.contains("official") ? "admin,official" : "admin";
        }
        return current;
    }

    record Form(String action, Map<String, List<String>> fields) {
    }

    static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attrs);
        if (m.find()) {
            return unescape(m.group(1));
        }
        return Pattern.compile("(?:^|\\s)" + name + "(?:\\s|$)").matcher(attrs).find() ? "" : null;
    }

    static String unescape(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16)))));
        }
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    static List<Form> forms(String html) {
        List<Form> out = new ArrayList<>();
        Matcher fm = FORM.matcher(html);
        while (fm.find()) {
            String method = attr(fm.group(1), "method");
            if (method == null || !method.equalsIgnoreCase("post")) {
                continue;
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            String inner = fm.group(2);
            Matcher im = INPUT.matcher(inner);
            while (im.find()) {
                String a = im.group(1);
                String name = attr(a, "name");
                String type = attr(a, "type") == null ? "text" : attr(a, "type");
                if (name == null || type.equals("submit") || type.equals("button")) {
                    continue;
                }
                if (type.equals("file")) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>());
                    continue;
                }
                if ((type.equals("checkbox") || type.equals("radio"))) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>());
                    if (attr(a, "checked") != null) {
                        fields.get(name).add(attr(a, "value") == null ? "on" : attr(a, "value"));
                    }
                    continue;
                }
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(attr(a, "value") == null ? "" : attr(a, "value"));
            }
            Matcher tm = TEXTAREA.matcher(inner);
            while (tm.find()) {
                String name = attr(tm.group(1), "name");
                if (name != null) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(unescape(tm.group(2)));
                }
            }
            Matcher sm = SELECT.matcher(inner);
            while (sm.find()) {
                String name = attr(sm.group(1), "name");
                if (name == null) {
                    continue;
                }
                String chosen = null;
                String firstValue = null;
                Matcher om = OPTION.matcher(sm.group(2));
                while (om.find()) {
                    String v = attr(om.group(1), "value");
                    if (firstValue == null) {
                        firstValue = v;
                    }
                    if (attr(om.group(1), "selected") != null) {
                        chosen = v;
                    }
                }
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(chosen != null ? chosen : firstValue == null ? "" : firstValue);
            }
            out.add(new Form(attr(fm.group(1), "action"), fields));
        }
        return out;
    }

    /** Where a route's form is shown: the page, and the fixture item its path names. */
    static String[] formPage(String path) {
        return switch (path) {
            case "/agreements/new", "/import", "/parties", "/subscriptions", "/accounts", "/account/password" -> new String[] {path, null};
            case "/account/zone", "/account/tokens" -> new String[] {"/account", null};
            case "/imports" -> new String[] {"/imports/new", null};
            case "/logout" -> new String[] {"/", null};
            case "/j_security_check" -> new String[] {"/login", null};
            case "/agreements/{id}/edit", "/agreements/{id}/commitments/new", "/agreements/{id}/import", "/agreements/{id}/reviews" ->
                new String[] {path, "agreement"};
            case "/agreements/{id}/delete" -> new String[] {"/agreements/{id}", "victim-agreement"};
            case "/commitments/{id}/progress", "/commitments/{id}/deadline", "/commitments/{id}/milestones" ->
                new String[] {"/commitments/{id}", "commitment"};
            case "/commitments/{id}/edit" -> new String[] {path, "commitment"};
            case "/commitments/{id}/delete" -> new String[] {"/commitments/{id}", "victim-commitment"};
            case "/milestones/{id}/reached" -> new String[] {"/commitments/{commitment}", "milestone"};
            case "/subscriptions/{id}/delete" -> new String[] {"/subscriptions", "victim-subscription"};
            case "/accounts/{id}/sign-out-everywhere" -> new String[] {"/accounts", "user"};
            case "/accounts/{id}/delete" -> new String[] {"/accounts", "victim-user"};
            case "/account/tokens/{id}/revoke" -> new String[] {"/account", "victim-token"};
            default -> new String[] {null, path.contains("{") ? "agreement" : null};
        };
    }

    /** A form request under construction. */
    static final class FormBase {
        Route rt;
        String target;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Acct as;
        String csrfName;
        /** urlencoded, multipart, json, text, xml */
        String mode = "urlencoded";
        /** null: the mode's own type; "": no Content-Type header. */
        String contentType;
        byte[] body;
        String cookie;
        String query = "";
        final List<String[]> headers = new ArrayList<>();
        boolean csrfValid = true;
        String bind;
        String method = "POST";
        /** An uploaded file (imports). */
        byte[] file;
        String fileName = "roadmap.json";
        String fileType = "application/json";
        /** Whether the form was found on its page (else its fields come from the source). */
        boolean found;
        String boundary = "----barrage" + SEQ.incrementAndGet();

        String encoded() {
            StringBuilder s = new StringBuilder();
            fields.forEach((k, vs) -> vs.forEach(v -> s.append(s.length() > 0 ? "&" : "").append(pct(k)).append('=').append(pct(v))));
            return s.toString();
        }

        byte[] multipart() {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            fields.forEach((k, vs) -> vs.forEach(v -> {
                b.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n"));
                b.writeBytes(textBytes(v));
                b.writeBytes(CRLF);
            }));
            if (file != null) {
                b.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + fileType + "\r\n\r\n"));
                b.writeBytes(file);
                b.writeBytes(CRLF);
            }
            b.writeBytes(utf8("--" + boundary + "--\r\n"));
            return b.toByteArray();
        }

        Req req() {
            Req r = new Req();
            r.method = method;
            r.target = target + query;
            r.form = true;
            r.csrfValid = csrfValid;
            r.bind = bind;
            String c = cookie != null ? cookie : as == null ? "" : as.cookie();
            if (!c.isEmpty()) {
                r.header("Cookie", c);
            }
            byte[] bytes = body;
            String type = contentType;
            if (bytes == null) {
                switch (mode) {
                    case "multipart" -> {
                        bytes = multipart();
                        type = type != null ? type : "multipart/form-data; boundary=" + boundary;
                    }
                    case "json" -> {
                        ObjectNode o = F.objectNode();
                        fields.forEach((k, vs) -> o.set(k, vs.size() == 1 ? TextNode.valueOf(vs.get(0)) : node(new ArrayList<Object>(vs))));
                        bytes = json(o);
                        type = type != null ? type : "application/json";
                    }
                    case "text" -> {
                        StringBuilder s = new StringBuilder();
                        fields.forEach((k, vs) -> vs.forEach(v -> s.append(k).append('=').append(v).append("\r\n")));
                        bytes = textBytes(s.toString());
                        type = type != null ? type : "text/plain";
                    }
                    case "xml" -> {
                        StringBuilder s = new StringBuilder("<form>");
                        fields.forEach((k, vs) -> vs.forEach(v -> s.append('<').append(k).append('>').append(v).append("</").append(k).append('>')));
                        bytes = textBytes(s.append("</form>").toString());
                        type = type != null ? type : "application/xml";
                    }
                    default -> {
                        bytes = utf8(encoded());
                        type = type != null ? type : "application/x-www-form-urlencoded";
                    }
                }
            } else if (type == null) {
                type = mode.equals("multipart") ? "multipart/form-data; boundary=" + boundary : "application/x-www-form-urlencoded";
            }
            if (!type.isEmpty()) {
                r.header("Content-Type", type);
            }
            for (String[] h : headers) {
                r.header(h[0], h[1]);
            }
            r.body = method.equals("GET") ? null : bytes;
            return r;
        }
    }

    record FVar(String name, Consumer<FormBase> change) {
    }

    /** Known column sizes of the form fields (the same limits as the API's inputs). */
    static final Map<String, Integer> FIELD_MAX = Map.ofEntries(Map.entry("title", 300), Map.entry("name", 200),
            Map.entry("email", 320), Map.entry("summary", 10_000), Map.entry("description", 10_000), Map.entry("place", 200),
            Map.entry("sourceUrl", 2000), Map.entry("reason", 2000), Map.entry("note", 5000), Map.entry("notes", 10_000),
            Map.entry("tokenName", 100), Map.entry("code", 16), Map.entry("timeZone", 64), Map.entry("reviewZone", 64),
            Map.entry("reviewSchedule", 500), Map.entry("evidence", 2000), Map.entry("ownerName", 200), Map.entry("ownerEmail", 320),
            Map.entry("url", 2000), Map.entry("leadTimes", 400), Map.entry("escalateEvery", 40), Map.entry("digestAt", 5),
            Map.entry("deadlineChangeReason", 2000), Map.entry("newPassword", 128), Map.entry("j_username", 320), Map.entry("tags", 800));

    static final Set<String> FORM_DATES = Set.of("dueDate", "signedOn", "startOn", "expiresOn");
    static final Set<String> FORM_NUMBERS = Set.of("percentComplete", "escalateAfter", "version", "reviewId", "agreementId",
            "commitmentId");

    static List<V> formValues(String field) {
        ObjectNode stub = F.objectNode();
        if (FORM_DATES.contains(field)) {
            stub.put("format", "date");
        } else if (FORM_NUMBERS.contains(field)) {
            stub.put("type", "integer");
        } else if (field.equals("status") || field.equals("priority") || field.equals("channel") || field.equals("delivery")
                || field.equals("role") || field.equals("scope")) {
            stub.set("enum", node(List.of("X")));
        }
        if (FIELD_MAX.containsKey(field)) {
            stub.put("maxLength", FIELD_MAX.get(field));
        }
        String name = switch (field) {
            case "quietFrom", "quietTo" -> "from";
            case "ownerEmail" -> "email";
            case "j_password", "currentPassword" -> "password";
            default -> field;
        };
        List<V> l = new ArrayList<>(valuesFor(name, stub));
        if (!stub.has("maxLength") && stub.path("type").asText("string").equals("string")) {
            l.add(s("over-10000", "y".repeat(10_001)));
        }
        if (FORM_NUMBERS.contains(field) || stub.has("enum") || FORM_DATES.contains(field)) {
            l.addAll(texts(0, false));
        }
        return l;
    }

    static String formText(JsonNode v) {
        if (v.isTextual()) {
            String t = v.textValue();
            return !t.isEmpty() && t.charAt(0) == RAW ? t.substring(1) : t;
        }
        return v.toString();
    }

    final AtomicInteger addresses = new AtomicInteger();

    /** Sign-in attempts come from 127.0.x.y in turn: each address stays below the slow-down's free failures. */
    String nextAddress() {
        int k = addresses.getAndIncrement();
        return "127.0." + (1 + (k / 250) % 250) + "." + (1 + k % 250);
    }

    final Map<String, Map<String, List<String>>> formCache = new ConcurrentHashMap<>();

    static Map<String, List<String>> copyFields(Map<String, List<String>> m) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, new ArrayList<>(v)));
        return c;
    }

    FormBase formBase(Route rt, Persona ps, Fx fx, Acct viewer, boolean fresh) {
        FormBase f = new FormBase();
        f.rt = rt;
        f.as = ps.acct();
        String[] fp = formPage(rt.path);
        String id = fp[1] == null ? null : fx.get(fp[1]);
        f.target = id == null ? rt.path : rt.path.replace("{id}", pct(id));
        Map<String, List<String>> fields = null;
        if (fp[0] != null) {
            String pagePath = fp[0];
            if (pagePath.contains("{commitment}")) {
                pagePath = pagePath.replace("{commitment}", fx.get("commitment"));
            }
            if (pagePath.contains("{id}")) {
                pagePath = pagePath.replace("{id}", id);
            }
            String key = viewer.email + " " + pagePath + " " + f.target;
            fields = fresh ? null : formCache.get(key);
            if (fields == null) {
                Resp page = page(pagePath, viewer);
                for (Form form : forms(page.text())) {
                    if (f.target.equals(form.action())) {
                        fields = copyFields(form.fields());
                        break;
                    }
                }
                if (fields != null) {
                    formCache.put(key, copyFields(fields));
                }
            }
        }
        f.found = fields != null;
        f.fields = fields == null ? new LinkedHashMap<>() : copyFields(fields);
        for (String name : rt.fields()) {
            f.fields.computeIfAbsent(name, k -> new ArrayList<>());
        }
        f.fields.remove("file");
        defaults(f, rt, ps, fx);
        f.csrfName = ps.acct() != null ? ps.acct().csrfName : "csrf-token";
        f.fields.keySet().removeIf(k -> k.toLowerCase(Locale.ROOT).contains("csrf"));
        if (ps.acct() != null && ps.acct().csrf != null && !rt.path.equals("/j_security_check")) {
            // the token goes first, as on the pages
            Map<String, List<String>> withToken = new LinkedHashMap<>();
            withToken.put(f.csrfName, new ArrayList<>(List.of(ps.acct().csrf)));
            withToken.putAll(f.fields);
            f.fields = withToken;
        }
        f.mode = rt.multipart() ? "multipart" : "urlencoded";
        if (rt.path.equals("/j_security_check")) {
            f.bind = nextAddress();
            f.cookie = "";
        }
        return f;
    }

    void defaults(FormBase f, Route rt, Persona ps, Fx fx) {
        long n = SEQ.incrementAndGet();
        Map<String, List<String>> m = f.fields;
        Map<String, String> d = new LinkedHashMap<>();
        d.put("title", "Barrage form " + n);
        d.put("responsibleParty", "AA");
        d.put("dueDate", rt.path.endsWith("/deadline") ? TODAY.plusDays(100 + n % 200).toString() : FUTURE);
        d.put("reason", "Barrage revision");
        d.put("note", "Barrage progress");
        d.put("status", rt.path.endsWith("/progress") ? "IN_PROGRESS" : "");
        d.put("percentComplete", "40");
        d.put("evidence", "https://example.org/e");
        d.put("timeZone", rt.path.equals("/account/zone") ? "Europe/Minsk" : "UTC");
        d.put("code", "F" + n);
        d.put("name", "Barrage " + n);
        d.put("email", "barrage.form." + n + "@example.org");
        d.put("password", "barrage-password-" + n);
        d.put("role", "official");
        d.put("tokenName", "Barrage token " + n);
        d.put("expiresOn", TODAY.plusDays(30).toString());
        d.put("currentPassword", ps.acct() != null && ps.acct().password != null ? ps.acct().password : "barrage-wrong-password");
        d.put("newPassword", "barrage-new-password-" + n);
        d.put("notes", "Barrage note " + n);
        d.put("scope", "agreement");
        d.put("agreementId", fx.get("agreement"));
        d.put("channel", "email");
        d.put("leadTimes", "P7D, P1D");
        d.put("escalateEvery", "P7D");
        d.put("digestAt", "08:00");
        d.put("delivery", "immediate");
        d.put("j_username", "barrage.nobody." + n + "@example.org");
        d.put("j_password", "barrage-wrong-password");
        if (rt.path.equals("/import")) {
            String agreement = fx.get("agreement");
            fx.get("milestone");
            String doc = fx.exports.computeIfAbsent(agreement, a -> must("GET", "/api/agreements/" + a + "/export", null, root).toString());
            d.put("document", doc.replaceFirst("\"title\":\"", "\"title\":\"Barrage form import " + n + " "));
        } else if (rt.path.endsWith("/import")) {
            d.put("document", csvBaseline());
        }
        d.forEach((k, v) -> {
            List<String> cur = m.get(k);
            if (cur != null && (cur.isEmpty() || cur.stream().allMatch(String::isBlank)) && !v.isEmpty()) {
                m.put(k, new ArrayList<>(List.of(v)));
            }
        });
        List<String> parties = m.get("parties");
        if (parties != null && parties.isEmpty()) {
            if (rt.path.equals("/accounts")) {
                parties.add("AA");
            } else {
                parties.addAll(ps.otherParty() ? List.of("AA", "CC") : List.of("AA", "BB", "CC"));
            }
        }
    }

    static final String WRONG_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    List<FVar> formVariants(Route rt, Persona ps) {
        List<FVar> v = new ArrayList<>();
        v.add(new FVar("baseline", f -> { }));
        boolean login = rt.path.equals("/j_security_check");
        if (!login) {
            v.add(new FVar("csrf:missing-field", f -> {
                f.fields.remove(f.csrfName);
                f.csrfValid = false;
            }));
            v.add(new FVar("csrf:wrong-value", f -> {
                f.fields.put(f.csrfName, new ArrayList<>(List.of(WRONG_TOKEN)));
                f.csrfValid = false;
            }));
            v.add(new FVar("csrf:no-cookie", f -> {
                f.cookie = f.as == null ? "" : f.as.cookieWithout("csrf-token");
                f.csrfValid = false;
            }));
            v.add(new FVar("csrf:empty-field-and-cookie", f -> {
                f.fields.put(f.csrfName, new ArrayList<>(List.of("")));
                f.cookie = (f.as == null ? "" : f.as.cookieWithout("csrf-token") + "; ") + "csrf-token=";
                f.csrfValid = false;
            }));
            v.add(new FVar("csrf:attacker-chosen-pair", f -> {
                f.fields.put(f.csrfName, new ArrayList<>(List.of(WRONG_TOKEN)));
                f.cookie = (f.as == null ? "" : f.as.cookieWithout("csrf-token") + "; ") + "csrf-token=" + WRONG_TOKEN;
                f.csrfValid = false;
            }));
            v.add(new FVar("csrf:only-in-query", f -> {
                List<String> t = f.fields.remove(f.csrfName);
                f.query = "?" + f.csrfName + "=" + (t == null || t.isEmpty() ? "" : pct(t.get(0)));
            }));
            v.add(new FVar("csrf:only-in-header", f -> {
                List<String> t = f.fields.remove(f.csrfName);
                f.headers.add(new String[] {"X-CSRF-TOKEN", t == null || t.isEmpty() ? "" : t.get(0)});
            }));
            v.add(new FVar("csrf:wrong-then-right", f -> {
                List<String> t = f.fields.get(f.csrfName);
                if (t != null) {
                    t.add(0, WRONG_TOKEN);
                }
            }));
            v.add(new FVar("csrf:right-then-wrong", f -> {
                List<String> t = f.fields.get(f.csrfName);
                if (t != null) {
                    t.add(WRONG_TOKEN);
                }
            }));
        }
        // Every content type, with the token in the body and without it.
        String[][] types = {{"urlencoded", "urlencoded", null}, {"multipart", "multipart", null}, {"json", "json", null},
            {"text-plain", "text", null}, {"xml", "xml", null}, {"none", "urlencoded", ""},
            {"form-bogus-charset", "urlencoded", "application/x-www-form-urlencoded; charset=x-bogus"},
            {"form-utf16", "urlencoded", "application/x-www-form-urlencoded; charset=UTF-16"}};
        for (String[] t : types) {
            if (t[0].equals(rt.multipart() ? "multipart" : "urlencoded")) {
                continue;
            }
            v.add(new FVar("content-type:" + t[0], f -> {
                f.mode = t[1];
                f.contentType = t[2];
            }));
            if (!login) {
                v.add(new FVar("content-type:" + t[0] + "+no-token", f -> {
                    f.mode = t[1];
                    f.contentType = t[2];
                    f.fields.remove(f.csrfName);
                    f.csrfValid = false;
                }));
            }
        }
        v.add(new FVar("content-type:none+no-body+no-token", f -> {
            f.fields.remove(f.csrfName);
            f.contentType = "";
            f.body = new byte[0];
            f.csrfValid = login;
        }));
        // Bodies the form parser must refuse or survive.
        String[][] tails = {{"pct-zz", "&x=%zz"}, {"pct-truncated", "&x=%2"}, {"pct-invalid-utf8", "&x=%C3%28"},
            {"pct-lone-surrogate", "&x=%ED%A0%80"}, {"pct-nul-name", "&%00=1"}, {"hostile-field-name", "&" + pct(SCRIPT) + "=1"},
            {"no-equals", "&x&y"}, {"bracket-names", "&a[b][c][d]=1&a[]=2"}, {"plus-signs", "&x=a+b+%2B"}};
        for (String[] t : tails) {
            v.add(new FVar("body:" + t[0], f -> {
                if (f.mode.equals("multipart")) {
                    f.mode = "urlencoded";
                }
                f.body = utf8(f.encoded() + t[1]);
                f.contentType = "application/x-www-form-urlencoded";
            }));
        }
        v.add(new FVar("body:2000-fields", f -> {
            for (int i = 0; i < 2000; i++) {
                f.fields.put("f" + i, new ArrayList<>(List.of(Integer.toString(i))));
            }
        }));
        v.add(new FVar("body:1500-values-of-one-field", f -> {
            String k = f.fields.keySet().stream().filter(x -> !x.equals(f.csrfName)).findFirst().orElse("x");
            List<String> l = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                l.add("v" + i);
            }
            f.fields.put(k, l);
        }));
        v.add(new FVar("body:900k-value", f -> f.fields.put("junk", new ArrayList<>(List.of("y".repeat(900_000))))));
        v.add(new FVar("body:over-limit", f -> f.fields.put("junk", new ArrayList<>(List.of("y".repeat(MIB + 10))))));
        v.add(new FVar("body:empty", f -> f.body = new byte[0]));
        v.add(new FVar("body:semicolons", f -> {
            f.mode = "urlencoded";
            f.contentType = "application/x-www-form-urlencoded";
            f.body = utf8(f.encoded().replace('&', ';'));
        }));
        v.add(new FVar("body:bom", f -> {
            f.mode = "urlencoded";
            f.contentType = "application/x-www-form-urlencoded";
            f.body = concat(hex("EFBBBF"), utf8(f.encoded()));
        }));
        v.add(new FVar("body:chunked", f -> {
            f.headers.add(new String[] {"Transfer-Encoding", "chunked"});
            FormBase copy = f;
            byte[] plain = copy.req().body;
            f.body = chunked(plain, 5);
            if (f.contentType == null) {
                f.contentType = f.mode.equals("multipart") ? "multipart/form-data; boundary=" + f.boundary : "application/x-www-form-urlencoded";
            }
        }));
        v.add(new FVar("header:accept-language-junk", f -> f.headers.add(new String[] {"Accept-Language", "zz;q=5, fa;q=NaN, *;q=-1"})));
        v.add(new FVar("header:origin-evil", f -> f.headers.add(new String[] {"Origin", "https://evil.example"})));
        v.add(new FVar("header:referer-evil", f -> f.headers.add(new String[] {"Referer", "https://evil.example/form"})));
        v.add(new FVar("header:host-evil", f -> f.headers.add(new String[] {"Host", "evil.example"})));
        v.add(new FVar("header:lang-cookie-junk", f -> f.cookie = (f.cookie != null ? f.cookie : f.as == null ? "" : f.as.cookie())
                + "; pacta-lang=" + pct(SCRIPT)));
        for (String m : List.of("PUT", "DELETE", "PATCH")) {
            v.add(new FVar("method:" + m, f -> f.method = m));
        }
        if (rt.multipart()) {
            v.addAll(multipartVariants(rt));
        }
        // Field by field.
        Set<String> names = new LinkedHashSet<>(rt.fields());
        names.addAll(List.of("title", "parties"));
        names.removeIf(x -> x.equals("file"));
        for (String field : rt.fields()) {
            if (field.equals("file")) {
                continue;
            }
            for (V x : formValues(field)) {
                if (x.name().startsWith("type:") || x.name().equals("missing")) {
                    continue;
                }
                v.add(new FVar("field:" + field + ":" + x.name(), f -> f.fields.put(field, new ArrayList<>(List.of(formText(x.value()))))));
            }
            v.add(new FVar("field:" + field + ":missing", f -> f.fields.remove(field)));
            v.add(new FVar("field:" + field + ":twice", f -> f.fields.computeIfAbsent(field, k -> new ArrayList<>()).add(SCRIPT)));
        }
        return v;
    }

    static List<FVar> multipartVariants(Route rt) {
        List<FVar> v = new ArrayList<>();
        boolean csv = !rt.path.equals("/import");
        v.add(new FVar("multipart:as-file", f -> {
            f.file = utf8(String.join("", f.fields.getOrDefault("document", List.of(""))));
            f.fields.remove("document");
            f.fileName = csv ? "commitments.csv" : "roadmap.json";
            f.fileType = csv ? "text/csv" : "application/json";
        }));
        v.add(new FVar("multipart:no-boundary", f -> f.contentType = "multipart/form-data"));
        v.add(new FVar("multipart:wrong-boundary", f -> f.contentType = "multipart/form-data; boundary=other"));
        v.add(new FVar("multipart:boundary-80-chars", f -> {
            f.boundary = "b".repeat(80);
            f.contentType = null;
        }));
        v.add(new FVar("multipart:unterminated", f -> {
            byte[] b = f.multipart();
            f.body = Arrays.copyOf(b, b.length - (f.boundary.length() + 6));
            f.contentType = "multipart/form-data; boundary=" + f.boundary;
        }));
        v.add(new FVar("multipart:2000-parts", f -> {
            for (int i = 0; i < 2000; i++) {
                f.fields.put("p" + i, new ArrayList<>(List.of("x")));
            }
        }));
        v.add(new FVar("multipart:part-without-name", f -> {
            f.body = concat(utf8("--" + f.boundary + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n"), f.multipart());
            f.contentType = "multipart/form-data; boundary=" + f.boundary;
        }));
        v.add(new FVar("multipart:part-header-without-colon", f -> {
            f.body = concat(utf8("--" + f.boundary + "\r\nContent-Disposition form-data name=x\r\n\r\nx\r\n"), f.multipart());
            f.contentType = "multipart/form-data; boundary=" + f.boundary;
        }));
        v.add(new FVar("multipart:lf-line-ends", f -> {
            f.body = new String(f.multipart(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
            f.contentType = "multipart/form-data; boundary=" + f.boundary;
        }));
        v.add(new FVar("multipart:nested-multipart", f -> {
            f.body = concat(utf8("--" + f.boundary + "\r\nContent-Disposition: form-data; name=\"document\"\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n--inner\r\n\r\nx\r\n--inner--\r\n\r\n"), f.multipart());
            f.contentType = "multipart/form-data; boundary=" + f.boundary;
        }));
        for (String[] fn : new String[][] {{"traversal", "../../../../etc/passwd"}, {"5000-chars", "f".repeat(5000)},
            {"nul", "a\u0000b.json"}, {"script", SCRIPT}, {"crlf", "a\r\nX-Injected: 1"}}) {
            v.add(new FVar("multipart:filename-" + fn[0], f -> {
                f.file = utf8(String.join("", f.fields.getOrDefault("document", List.of(""))));
                f.fields.remove("document");
                f.fileName = fn[1];
            }));
        }
        v.add(new FVar("multipart:file-type-junk", f -> {
            f.file = utf8(String.join("", f.fields.getOrDefault("document", List.of(""))));
            f.fields.remove("document");
            f.fileType = "%%%/;;;";
        }));
        v.add(new FVar("multipart:file-and-document", f -> f.file = utf8(csv ? "title\nx\n" : "{}")));
        v.add(new FVar("multipart:empty-file", f -> {
            f.file = new byte[0];
            f.fields.remove("document");
        }));
        String[][] docs = csv
                ? new String[][] {{"header-only", CSV_HEADER + "\n"}, {"unbalanced-quote", CSV_HEADER + "\n\"x,AA," + FUTURE + ",,\n"},
                    {"nul", CSV_HEADER + "\nx\u0000,AA," + FUTURE + ",,\n"}, {"invalid-utf8", CSV_HEADER + "\nx" + bytes("C328") + ",AA," + FUTURE + ",,\n"},
                    {"lone-surrogate", CSV_HEADER + "\nx\uD800,AA," + FUTURE + ",,\n"}, {"good-then-bad", CSV_HEADER + "\n"
                        + ("Good,AA," + FUTURE + ",,\n").repeat(30) + "Bad,AA,2026-02-30,,\n"}, {"10k-columns", CSV_HEADER + ",c".repeat(10_000) + "\n"},
                    {"50k-lines", CSV_HEADER + "\n" + ("t,AA," + FUTURE + ",,\n").repeat(50_000)}, {"script", CSV_HEADER + "\n" + SCRIPT + ",AA," + FUTURE + ",,\n"},
                    {"formula", CSV_HEADER + "\n=HYPERLINK(\"\"http://evil.example\"\"),AA," + FUTURE + ",,\n"},
                    {"json-instead", "{\"a\":1}"}, {"bom-utf16", "\uFEFF" + CSV_HEADER}}
                : new String[][] {{"truncated", "{\"format\":\"pacta.roadmap.v1\",\"agreement\":{\"title\":\"x\""},
                    {"deep-array", deepArray(10_000)}, {"deep-object", deepObject(10_000)}, {"array-100k", "[" + "1,".repeat(99_999) + "1]"},
                    {"duplicate-keys", "{\"agreement\":{},\"agreement\":{}}"}, {"nul", "{\"agreement\":{\"title\":\"a\\u0000b\"}}"},
                    {"invalid-utf8", "{\"agreement\":{\"title\":\"" + bytes("C328") + "\"}}"},
                    {"script-title", "{\"format\":\"pacta.roadmap.v1\",\"agreement\":{\"title\":\"" + SCRIPT + "\",\"parties\":[\"AA\"]}}"},
                    {"commitments-20001", "{\"format\":\"pacta.roadmap.v1\",\"agreement\":{\"title\":\"x\",\"parties\":[\"AA\"]},\"commitments\":["
                        + "{\"title\":\"t\",\"responsibleParty\":\"AA\"},".repeat(20_000) + "{\"title\":\"t\",\"responsibleParty\":\"AA\"}]}"},
                    {"cycle", "{\"format\":\"pacta.roadmap.v1\",\"agreement\":{\"title\":\"x\",\"parties\":[\"AA\"]},\"commitments\":["
                        + "{\"ref\":\"a\",\"title\":\"a\",\"responsibleParty\":\"AA\",\"dueDate\":\"" + FUTURE + "\",\"dependsOn\":[\"b\"]},"
                        + "{\"ref\":\"b\",\"title\":\"b\",\"responsibleParty\":\"AA\",\"dueDate\":\"" + FUTURE + "\",\"dependsOn\":[\"a\"]}]}"},
                    {"csv-instead", CSV_HEADER + "\n"}, {"bom", "\uFEFF{}"}};
        for (String[] d : docs) {
            v.add(new FVar("document:" + d[0], f -> f.fields.put("document", new ArrayList<>(List.of(d[1])))));
        }
        return v;
    }

    /** The page routes that answer GET, with hostile paths, query parameters and headers. */
    List<FVar> pageVariants(Route rt) {
        List<FVar> v = new ArrayList<>();
        v.add(new FVar("baseline", f -> { }));
        if (rt.path.contains("{")) {
            String kind = pageKind(rt.path);
            for (String[] pv : pathValues(kind == null ? "en" : global.get(kind))) {
                v.add(new FVar("path:" + pv[0], f -> f.target = rt.path.replaceAll("\\{[^}]+}", pv[1])));
            }
        }
        for (String q : rt.query()) {
            for (String[] x : queryValues(q, "string")) {
                v.add(new FVar("query:" + q + ":" + x[0], f -> f.query = "?" + q + (x[1] == null ? "" : "=" + x[1])));
            }
        }
        if (rt.path.startsWith("/lang")) {
            for (String[] b : new String[][] {{"crlf", "/%0d%0aX-Injected:%201"}, {"lf", "/%0aX-Injected:%201"}, {"scheme-relative", "//evil.example"},
                {"backslash", "/%5Cevil.example"}, {"absolute", pct("https://evil.example/")}, {"javascript", pct("javascript:alert(7331)")},
                {"nul", "/%00"}, {"control", "/%07%1b"}, {"tab", "/%09/evil.example"}, {"bad-percent", "/%zz"}, {"10k", "/" + "a".repeat(10_000)},
                {"script", "/" + pct(SCRIPT)}, {"encoded-slashes", "/%2F%2Fevil.example"}, {"at-sign", "/@evil.example"},
                {"unicode-slash", pct("/\uFF0F\uFF0Fevil.example")}, {"invalid-utf8", "/%C3%28"}, {"lone-surrogate", "/%ED%A0%80"}}) {
                v.add(new FVar("query:back:" + b[0], f -> f.query = "?back=" + b[1]));
            }
        }
        v.add(new FVar("query:1000-params", f -> {
            StringBuilder s = new StringBuilder("?");
            for (int i = 0; i < 1000; i++) {
                s.append(i > 0 ? "&" : "").append("p").append(i).append("=").append(i);
            }
            f.query = s.toString();
        }));
        v.add(new FVar("query:bad-percent", f -> f.query = "?x=%zz&%zz=1"));
        v.add(new FVar("header:accept-language-junk", f -> f.headers.add(new String[] {"Accept-Language", "zz;q=5, fa;q=NaN, *;q=-1"})));
        v.add(new FVar("header:accept-language-fa", f -> f.headers.add(new String[] {"Accept-Language", "fa"})));
        v.add(new FVar("header:lang-cookie-junk", f -> f.cookie = (f.as == null ? "" : f.as.cookie() + "; ") + "pacta-lang=" + pct(SCRIPT)));
        v.add(new FVar("header:session-cookie-junk", f -> f.cookie = "quarkus-credential=" + "A".repeat(3000)));
        v.add(new FVar("header:30k-value", f -> f.headers.add(new String[] {"X-Barrage", "a".repeat(30_000)})));
        v.add(new FVar("header:accept-json", f -> f.headers.add(new String[] {"Accept", "application/json"})));
        v.add(new FVar("header:hx-request", f -> f.headers.add(new String[] {"HX-Request", "true"})));
        return v;
    }

    static String pageKind(String path) {
        if (path.startsWith("/agreements/{")) {
            return "agreement";
        }
        if (path.startsWith("/commitments/{")) {
            return "commitment";
        }
        return null;
    }

    // ================================================================== checks

    record Finding(String check, String phase, String persona, String op, String mutation, int status, String failure,
            String excerpt, String repro, String note, long ms) {
    }

    final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
    final AtomicLong sent = new AtomicLong();
    final Map<String, AtomicLong> sentBy = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> statusCounts = new ConcurrentHashMap<>();
    final AtomicLong verification = new AtomicLong();
    /** Writes of the phases in which nothing may change: when the audit trail moved, which requests were in flight. */
    final ConcurrentLinkedQueue<long[]> windows = new ConcurrentLinkedQueue<>();
    final Map<Long, String> windowNames = new ConcurrentHashMap<>();
    final AtomicLong windowIds = new AtomicLong();
    java.io.PrintWriter requestLog;

    static final Pattern[] CLASS_LEAKS = {
        Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$<>]+)+\\([\\w$]*(\\.java)?:?\\d*\\)"),
        Pattern.compile("\\b(java|javax|jakarta|sun|jdk)\\.[a-z]+(\\.[a-z]\\w*)*\\.[A-Z]\\w+"),
        Pattern.compile("\\b(org\\.(hibernate|h2|postgresql|jboss|pacta|apache|quartz|eclipse|flywaydb)|io\\.(quarkus|vertx|smallrye|netty)|com\\.fasterxml|net\\.fortuna)\\.[\\w.$]+"),
        Pattern.compile("\\b[A-Z]\\w*Exception\\b"), Pattern.compile("\\b(Throwable|StackOverflowError|OutOfMemoryError)\\b"),
        Pattern.compile("SQL statement|SQLState|Syntax error in SQL|could not execute statement|JDBC")};
    static final Pattern LIBRARY_TEXT = Pattern.compile("Unexpected character \\(|was expecting|Cannot deserialize|Unrecognized field"
            + "|through reference chain|line: \\d+, column: \\d+|\\[Source: |Illegal unquoted character|Unexpected end-of-input"
            + "|Unexpected close marker|Invalid UTF-8|Invalid numeric value|Numeric value \\(|Cannot coerce|not a valid `"
            + "|invalid char between encapsulated token|EOF reached before encapsulated token finished|IOException reading next record"
            + "|Mapping for [\\w]+ not found|Index for header");

    static String excerpt(Resp p) {
        String t = p.text().replaceAll("\\s+", " ");
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    void flag(String check, Req r, Resp p, String note) {
        findings.add(new Finding(check, r.phase, r.persona, r.op, r.mutation, p.status, p.failure, excerpt(p), repro(r), note, p.ms));
    }

    static boolean accepted(Resp p) {
        if (p.ok()) {
            return true;
        }
        if (p.status >= 300 && p.status < 400) {
            String location = p.h("location");
            return location != null && !location.contains("/login");
        }
        return false;
    }

    static boolean mentions(Req r, String s) {
        if (r.target.contains(s)) {
            return true;
        }
        if (r.body != null && new String(r.body, StandardCharsets.ISO_8859_1).contains(s)) {
            return true;
        }
        return r.raw != null && new String(r.raw, StandardCharsets.ISO_8859_1).contains(s);
    }

    Resp fire(Req r) {
        Resp p = send(r);
        sent.incrementAndGet();
        sentBy.computeIfAbsent(r.phase + " / " + r.persona, k -> new AtomicLong()).incrementAndGet();
        statusCounts.computeIfAbsent(p.failure != null ? "no answer" : Integer.toString(p.status), k -> new AtomicLong()).incrementAndGet();
        synchronized (this) {
            requestLog.println(String.join("\t", Instant.ofEpochMilli(r.startMs).toString(), r.phase, r.persona, r.op, r.mutation.replaceAll("\\s", " "),
                    Integer.toString(p.status), p.failure == null ? "" : p.failure, Long.toString(p.ms),
                    Integer.toString(r.body == null ? r.raw == null ? 0 : r.raw.length : r.body.length)));
        }
        check(r, p);
        return p;
    }

    void check(Req r, Resp p) {
        if (p.failure != null) {
            // a client that sent an incomplete request, or spoke another protocol (HTTP/2's preface is answered in HTTP/2),
            // may be left without an HTTP/1.1 answer
            boolean allowed = r.closeAllowed && (p.failure.contains("without an answer") || p.failure.contains("cut short"));
            if (!allowed) {
                flag(p.failure.startsWith("no answer") ? "no answer within the timeout" : "dropped connection", r, p, p.failure);
            }
            if (p.status < 0) {
                return;
            }
        }
        if (r.readToEnd && r.raw != null && !r.closeAllowed && p.answers < countRequests(r.raw)) {
            flag("dropped connection", r, p, p.answers + " answers to " + countRequests(r.raw) + " pipelined requests");
        }
        if (p.status >= 500) {
            flag("5xx", r, p, null);
        }
        String body = p.text();
        String ct = p.ct();
        for (Pattern leak : CLASS_LEAKS) {
            Matcher m = leak.matcher(body);
            if (m.find() && !mentions(r, m.group())) {
                flag("stack trace or class name in the answer", r, p, "matched: " + m.group());
                break;
            }
        }
        Matcher lib = LIBRARY_TEXT.matcher(body);
        if (lib.find()) {
            flag("parser text in the answer", r, p, "matched: " + lib.group());
        }
        boolean live = body.contains("<script>alert(7331)") || body.contains("<img src=x onerror=alert(7331)>");
        if (live && (ct.contains("html") || ct.contains("text/plain") || ct.isEmpty() || ct.contains("xml"))) {
            flag("reflected markup", r, p, "content type " + (ct.isEmpty() ? "(none)" : ct) + protections(p));
        } else if (live && ct.contains("problem")) {
            flag("reflected markup in a problem document", r, p, "content type " + ct + protections(p));
        }
        if (r.mustRefuse && accepted(p)) {
            flag("access violation", r, p, "a " + r.persona + " request that must be refused was answered " + p.status
                    + (p.h("location") != null ? " → " + p.h("location") : ""));
        }
        if (r.capability) {
            // nothing to compare: the feed belongs to whoever holds its address
        } else if (r.persona.equals("anonymous") && body.contains(PRIVATE_MARK) && !mentions(r, PRIVATE_MARK)) {
            flag("access violation", r, p, "a private agreement's data shown to anonymous: " + around(body, PRIVATE_MARK));
        } else if (r.persona.equals("anonymous") && body.contains(SECRET_MAIL) && !mentions(r, SECRET_MAIL)) {
            flag("access violation", r, p, "an owner's or coordinator's address shown to anonymous: " + around(body, SECRET_MAIL));
        }
        if (!r.csrfValid && !r.persona.equals("anonymous") && accepted(p)) {
            flag(r.form ? "CSRF: form accepted without a valid token" : "CSRF: API write accepted with a session cookie and a cross-site content type",
                    r, p, "answered " + p.status + (p.h("location") != null ? " → " + p.h("location") : ""));
        }
        String location = p.h("location");
        if (location != null) {
            boolean forgedHost = "evil.example".equals(r.get("Host")) || "evil.example".equals(r.get("X-Forwarded-Host"));
            if (forgedHost && location.contains("evil.example")) {
                flag("Location built from a forged Host header", r, p, "Location: " + location);
            } else if (foreign(location)) {
                flag("open redirect", r, p, "Location: " + location);
            }
        }
        if (p.headers.containsKey("x-injected") || (location != null && location.contains("\n"))) {
            flag("header injection", r, p, "an answer header the request wrote");
        }
        String acao = p.h("access-control-allow-origin");
        if (acao != null && (acao.contains("evil.example") || acao.equals("*") && p.h("access-control-allow-credentials") != null)) {
            flag("CORS allows a foreign origin", r, p, "Access-Control-Allow-Origin: " + acao);
        }
        if ((r.method.equals("TRACE") || r.method.equals("PROPFIND") || r.method.equals("PATCH")) && p.ok()) {
            flag("unexpected method accepted", r, p, r.method + " answered " + p.status);
        }
        if (p.ms > 10_000 && p.failure == null) {
            flag("slow answer (over 10 s)", r, p, p.ms + " ms");
        }
    }

    /** Whether a Location leaves this node: another host, a scheme-relative or backslash path, another scheme. */
    static boolean foreign(String location) {
        if (location.startsWith("//") || location.startsWith("/\\") || location.startsWith("\\")) {
            return true;
        }
        try {
            java.net.URI u = new java.net.URI(location.replace(" ", "%20"));
            if (u.getScheme() == null) {
                return false;
            }
            String host = u.getHost();
            return !(u.getScheme().equalsIgnoreCase("http") && ("127.0.0.1".equals(host) || "localhost".equals(host)));
        } catch (java.net.URISyntaxException e) {
            return location.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !location.startsWith("http://127.0.0.1:" + PORT);
        }
    }

    static String protections(Resp p) {
        return "; X-Content-Type-Options: " + p.headers.getOrDefault("x-content-type-options", "(none)") + "; CSP: "
                + (p.headers.containsKey("content-security-policy") ? "yes" : "(none)");
    }

    static String around(String body, String mark) {
        int i = body.indexOf(mark);
        return "…" + body.substring(Math.max(0, i - 120), Math.min(body.length(), i + 60)).replaceAll("\\s+", " ") + "…";
    }

    static int countRequests(byte[] raw) {
        Matcher m = Pattern.compile("(?m)^(GET|POST|PUT|DELETE|HEAD|OPTIONS) /").matcher(new String(raw, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // ================================================================== tasks

    static boolean keep(String name, double share) {
        return share >= 1 || (name.hashCode() & 0x7fffffff) % 1000 < share * 1000;
    }

    static final Set<String> LOCKOUT_OPS = Set.of("POST /api/me/password", "FORM POST /account/password", "FORM POST /logout");

    /** One operation or form as one persona: its variants one after another, on its fixture. */
    abstract class Task implements Runnable {
        final String phase;
        final Persona ps;
        final Fx fx;
        final boolean isolated;
        String snap;
        int created = -1;
        int from;
        int to = -1;

        Task(String phase, Persona ps, Fx fx, boolean isolated) {
            this.phase = phase;
            this.ps = ps;
            this.fx = fx;
            this.isolated = isolated;
        }

        abstract String name();

        abstract Set<String> kinds();

        abstract int size();

        abstract void runOne(int i);

        /** The same task over the same variants, for splitting a long one between threads. */
        abstract Task twin();

        int count() {
            return (to < 0 ? size() : to) - from;
        }

        @Override
        public void run() {
            try {
                for (int i = from; i < (to < 0 ? size() : to); i++) {
                    try {
                        runOne(i);
                    } catch (RuntimeException e) {
                        log("task " + name() + " as " + ps.name() + ", variant " + i + ": " + e);
                    }
                }
            } catch (RuntimeException e) {
                log("task " + name() + " as " + ps.name() + " stopped: " + e);
            }
        }

        String take() {
            return fx.snapshot(kinds(), true);
        }

        /** Sends one request; in an isolated task a write is followed by a look at what it may have changed. */
        void send(Req r, Runnable afterSuccess) {
            r.phase = phase;
            r.persona = ps.name();
            if (ps.acct() != null) {
                ps.acct().secrets(r);
            }
            if (isolated && r.write && (snap == null || created != fx.ids.size())) {
                snap = take();
                created = fx.ids.size();
            }
            long window = 0;
            if (!isolated && r.write) {
                window = windowIds.incrementAndGet();
                windowNames.put(window, r.persona + " | " + r.op + " | " + r.mutation + " | " + r.target);
            }
            Resp p = fire(r);
            if (window > 0) {
                windows.add(new long[] {window, r.startMs, r.endMs});
            }
            if (!isolated || !r.write) {
                return;
            }
            boolean refused = p.failure != null || p.status >= 400;
            String now = take();
            if (!now.equals(snap)) {
                if (refused) {
                    flag("partial write", r, p, diff(snap, now));
                } else if (!r.csrfValid) {
                    flag("CSRF: state changed without a valid token", r, p, diff(snap, now));
                }
            }
            if (!refused && afterSuccess != null) {
                afterSuccess.run();
                now = take();
            }
            snap = now;
            created = fx.ids.size();
        }
    }

    static String diff(String before, String after) {
        String[] a = before.split("\n");
        String[] b = after.split("\n");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "";
            String y = i < b.length ? b[i] : "";
            if (!x.equals(y)) {
                int at = 0;
                while (at < x.length() && at < y.length() && x.charAt(at) == y.charAt(at)) {
                    at++;
                }
                int from = Math.max(x.indexOf(' ') + 1, at - 120);
                String what = x.substring(0, Math.max(0, x.indexOf(' ')));
                s.append(what).append(" differs at character ").append(at).append(":\n  before: …")
                        .append(x.substring(Math.min(from, x.length()), Math.min(x.length(), at + 200))).append("…\n  after:  …")
                        .append(y.substring(Math.min(from, y.length()), Math.min(y.length(), at + 200))).append("…\n");
            }
        }
        return s.toString();
    }

    final class ApiTask extends Task {
        final Op op;
        final List<Var> variants;

        ApiTask(ApiTask t) {
            super(t.phase, t.ps, t.fx, t.isolated);
            this.op = t.op;
            this.variants = t.variants;
        }

        @Override
        Task twin() {
            return new ApiTask(this);
        }

        ApiTask(String phase, Op op, Persona ps, Fx fx, boolean isolated) {
            super(phase, ps, fx, isolated);
            this.op = op;
            List<Var> all = new ArrayList<>();
            all.add(new Var("baseline", b -> { }));
            for (String prm : op.pathParams) {
                String id;
                try {
                    id = fx.get(kindOf(op.method, op.path, prm));
                } catch (RuntimeException e) {
                    id = "1";
                }
                for (String[] pv : pathValues(id)) {
                    if (pv[0].startsWith("own-id:")) {
                        // spelt at sending time: a deleted target is replaced, and the new one's id is spelt
                        String how = pv[0].substring(7);
                        all.add(new Var("path:" + prm + ":" + pv[0], b -> b.pathValues.put(prm, spell(how, unpct(b.pathValues.get(prm))))));
                    } else {
                        all.add(new Var("path:" + prm + ":" + pv[0], b -> b.pathValues.put(prm, pv[1])));
                    }
                }
            }
            for (String[] q : op.query) {
                for (String[] x : queryValues(q[0], q[1])) {
                    all.add(new Var("query:" + q[0] + ":" + x[0], b -> b.query.add(new String[] {q[0], x[1]})));
                }
            }
            if (!op.query.isEmpty()) {
                all.add(new Var("query:1000-params", b -> {
                    for (int i = 0; i < 1000; i++) {
                        b.query.add(new String[] {"p" + i, Integer.toString(i)});
                    }
                }));
                all.add(new Var("query:repeated", b -> {
                    b.query.add(new String[] {op.query.get(0)[0], "1"});
                    b.query.add(new String[] {op.query.get(0)[0], "2"});
                }));
            }
            all.add(new Var("query:bad-percent", b -> b.query.add(new String[] {"x", "%zz"})));
            all.add(new Var("query:invalid-utf8-name", b -> b.query.add(new String[] {"%C3%28", "1"})));
            for (Var h : headerVariants(op, ps)) {
                // a password change costs bcrypt rounds whatever its headers: only the ones about its body and its caller
                if (!op.name().equals("POST /api/me/password") || h.name().contains("content-type") || h.name().contains("authorization")
                        || h.name().startsWith("auth:")) {
                    all.add(h);
                }
            }
            if (op.bodySchema != null && "application/json".equals(op.bodyType)) {
                all.addAll(bodyVariants());
                List<Var> fields = new ArrayList<>();
                fieldVariants(op.bodySchema, new ArrayList<>(), sampleBody(op), fields, 0);
                for (Var f : fields) {
                    if (!ps.anonymous() || keep(f.name(), ANON_SHARE)) {
                        all.add(f);
                    }
                }
            } else if ("text/csv".equals(op.bodyType)) {
                all.addAll(csvVariants());
            } else if (op.write()) {
                all.add(new Var("body:junk-on-bodiless", b -> {
                    b.set("Content-Type", "application/json");
                    b.body = utf8("{\"x\":" + deepArray(1000) + "}");
                }));
            }
            this.variants = all;
        }

        JsonNode sampleBody(Op op) {
            try {
                return baseline(op, ps, fx).json;
            } catch (RuntimeException e) {
                return F.objectNode();
            }
        }

        @Override
        String name() {
            return op.name();
        }

        @Override
        int size() {
            return variants.size();
        }

        @Override
        Set<String> kinds() {
            Set<String> k = new LinkedHashSet<>();
            for (String prm : op.pathParams) {
                k.add(kindOf(op.method, op.path, prm));
            }
            if (op.name().equals("POST /api/me/tokens")) {
                k.add("token");
            }
            k.removeIf(x -> !fx.ids.containsKey(x));
            return k;
        }

        @Override
        void runOne(int i) {
            Var v = variants.get(i);
            Base b = baseline(op, ps, fx);
            if (op.name().equals("POST /api/me/password") && !v.name().equals("baseline") && !v.name().startsWith("field:newPassword")
                    && b.json instanceof ObjectNode o) {
                // each accepted change costs two bcrypt rounds and a new sign-in: only the new password's variants may succeed
                o.put("currentPassword", "barrage-wrong-password");
            }
            v.change().accept(b);
            Req r = b.req();
            r.op = op.name();
            r.mutation = v.name();
            r.write = op.write() && !b.method.equals("HEAD") && !b.method.equals("OPTIONS") && !b.method.equals("TRACE");
            r.csrfValid = !b.crossSite;
            boolean anon = ps.anonymous() || b.anonymized;
            if (op.roles == null) {
                // the subscriber's own calendar feed is read with its secret token, by design without signing in
                r.publicRead = true;
                r.capability = op.path.equals("/api/calendar/{token}.ics");
            } else if (anon) {
                r.mustRefuse = !b.method.equals("OPTIONS") && !b.method.equals("HEAD");
            } else if (!op.allows(ps.role())) {
                r.mustRefuse = true;
            } else if (ps.otherParty() && (op.write() || op.path.startsWith("/api/subscriptions/{id}")) && !b.method.equals("OPTIONS")) {
                r.mustRefuse = true;
            }
            if (!op.write() && v.name().startsWith("path:")) {
                // another spelling of the id may name another item, or the list: there is no target to protect
                r.mustRefuse = false;
            }
            if (!b.method.equals(op.method)) {
                // another method on the same path is another operation (HEAD of a list is a read); what it may do is
                // checked by "unexpected method accepted"
                r.mustRefuse = false;
                r.write = false;
            }
            JsonNode sentJson = b.json;
            send(r, () -> afterSuccess(b, sentJson));
        }

        void afterSuccess(Base b, JsonNode sentJson) {
            if (op.method.equals("DELETE")) {
                fx.renew(kindOf(op.method, op.path, op.pathParams.get(0)));
            }
            if (op.name().equals("POST /api/me/password") && sentJson != null && sentJson.path("newPassword").isTextual()) {
                fx.actor.password = sentJson.path("newPassword").asText();
            }
            if (LOCKOUT_OPS.contains(op.name()) && call("GET", "/api/me", null, fx.actor).status != 200) {
                renewSession(fx.actor);
            }
        }
    }

    final class FormTask extends Task {
        final Route rt;
        final Acct viewer;
        final List<FVar> variants;
        final boolean page;

        FormTask(FormTask t) {
            super(t.phase, t.ps, t.fx, t.isolated);
            this.rt = t.rt;
            this.viewer = t.viewer;
            this.variants = t.variants;
            this.page = t.page;
        }

        @Override
        Task twin() {
            return new FormTask(this);
        }

        FormTask(String phase, Route rt, Persona ps, Fx fx, Acct viewer, boolean isolated) {
            super(phase, ps, fx, isolated);
            this.rt = rt;
            this.viewer = viewer;
            this.page = rt.method().equals("GET");
            List<FVar> all = page ? pageVariants(rt) : formVariants(rt, ps);
            if (rt.path.equals("/account/password")) {
                all.removeIf(f -> f.name().startsWith("header:") || f.name().startsWith("method:"));
            }
            List<FVar> kept = new ArrayList<>();
            for (FVar f : all) {
                if (!ps.anonymous() || !f.name().startsWith("field:") || keep(f.name(), ANON_SHARE)) {
                    kept.add(f);
                }
            }
            this.variants = kept;
        }

        @Override
        String name() {
            return rt.name();
        }

        @Override
        int size() {
            return variants.size();
        }

        @Override
        Set<String> kinds() {
            Set<String> k = new LinkedHashSet<>();
            String kind = formPage(rt.path)[1];
            if (kind != null) {
                k.add(kind);
            }
            if (rt.path.startsWith("/account")) {
                k.add("token");
            }
            k.removeIf(x -> !fx.ids.containsKey(x));
            return k;
        }

        @Override
        void runOne(int i) {
            FVar v = variants.get(i);
            FormBase f;
            if (page) {
                f = new FormBase();
                f.rt = rt;
                f.as = ps.acct();
                f.method = "GET";
                String kind = pageKind(rt.path);
                f.target = rt.path.startsWith("/lang/") ? "/lang/fa" : kind == null ? rt.path : rt.path.replaceAll("\\{[^}]+}", pct(fx.get(kind)));
                if (rt.path.startsWith("/lang/")) {
                    f.query = "?back=/agreements";
                }
            } else {
                boolean fresh = isolated && (rt.fields().contains("version") || rt.path.contains("/delete") || rt.path.contains("/revoke"));
                f = formBase(rt, ps, fx, viewer, fresh);
                if (rt.path.equals("/account/password") && !v.name().equals("baseline") && !v.name().startsWith("field:newPassword")) {
                    f.fields.put("currentPassword", new ArrayList<>(List.of("barrage-wrong-password")));
                }
            }
            v.change().accept(f);
            Req r = f.req();
            r.op = rt.name();
            r.mutation = v.name();
            r.form = !page;
            r.write = !page;
            boolean publicRoute = "public".equals(rt.access()) || rt.path.equals("/j_security_check");
            if (page) {
                r.publicRead = publicRoute;
                r.mustRefuse = ps.anonymous() && !publicRoute && f.method.equals("GET") && !v.name().startsWith("path:");
            } else if (!publicRoute) {
                boolean self = SELF_FORMS.contains(rt.path);
                r.mustRefuse = ps.anonymous() || ps.otherParty() && !self
                        || rt.access() != null && rt.access().equals("admin") && !"admin".equals(ps.role());
            }
            Map<String, List<String>> sentFields = copyFields(f.fields);
            send(r, () -> afterSuccess(sentFields));
        }

        void afterSuccess(Map<String, List<String>> sentFields) {
            String kind = formPage(rt.path)[1];
            if (kind != null && kind.startsWith("victim-")) {
                fx.renew(kind);
            }
            if (rt.path.equals("/account/password") && sentFields.containsKey("newPassword") && !sentFields.get("newPassword").isEmpty()) {
                String candidate = sentFields.get("newPassword").get(0);
                String old = fx.actor.password;
                fx.actor.password = candidate;
                try {
                    renewSession(fx.actor);
                } catch (RuntimeException e) {
                    fx.actor.password = old;
                    renewSession(fx.actor);
                }
                return;
            }
            if (LOCKOUT_OPS.contains(rt.name()) || call("GET", "/api/me", null, fx.actor).status != 200
                    || page("/account", fx.actor).status != 200) {
                renewSession(fx.actor);
            }
        }
    }

    // An upload to /imports is the uploader's own (kept for them alone until they import it), like their tokens.
    static final Set<String> SELF_FORMS = Set.of("/account/zone", "/account/tokens", "/account/password", "/subscriptions", "/logout",
            "/imports");
    static final Set<String> SELF_OPS = Set.of("POST /api/me/tokens", "POST /api/me/password", "POST /api/subscriptions");

    // ================================================================== raw-socket attacks

    record RawCase(String name, byte[] bytes, boolean closeAllowed, boolean readToEnd, boolean halfClose) {
    }

    static byte[] latin(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    List<RawCase> rawCases(Acct admin) {
        String h = "Host: 127.0.0.1:" + PORT + "\r\n";
        String auth = "Authorization: Bearer " + admin.token + "\r\n";
        String post = "POST /api/agreements HTTP/1.1\r\n" + h + auth + "Content-Type: application/json\r\nConnection: close\r\n";
        String body = "{\"title\":\"Barrage raw\",\"parties\":[\"AA\"]}";
        List<RawCase> l = new ArrayList<>();
        Consumer<String[]> add = x -> l.add(new RawCase(x[0], latin(x[1]), x.length > 2 && x[2].contains("close"),
                x.length > 2 && x[2].contains("pipeline"), x.length > 2 && x[2].contains("half")));
        add.accept(new String[] {"chunked:bad-size", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + body + "\r\n0\r\n\r\n"});
        add.accept(new String[] {"chunked:size-beyond-long", post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n" + body + "\r\n0\r\n\r\n", "half"});
        add.accept(new String[] {"chunked:size-larger-than-data", post + "Transfer-Encoding: chunked\r\n\r\n400\r\n" + body + "\r\n0\r\n\r\n", "half close"});
        add.accept(new String[] {"chunked:no-last-chunk", post + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n", "half close"});
        add.accept(new String[] {"chunked:extension-junk", post + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + ";\u0000=\u0001\r\n" + body + "\r\n0\r\n\r\n"});
        add.accept(new String[] {"chunked:negative-size", post + "Transfer-Encoding: chunked\r\n\r\n-5\r\n" + body + "\r\n0\r\n\r\n"});
        add.accept(new String[] {"chunked:missing-crlf-after-data", post + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "XX0\r\n\r\n"});
        add.accept(new String[] {"chunked:trailer-junk", post + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\nX-Junk: \u0000\u00ff\r\nno colon\r\n\r\n"});
        add.accept(new String[] {"chunked:lf-only", post + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\n" + body + "\n0\n\n"});
        add.accept(new String[] {"chunked:and-content-length", post + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"});
        add.accept(new String[] {"chunked:te-gzip-chunked", post + "Transfer-Encoding: gzip, chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"});
        add.accept(new String[] {"chunked:te-xchunked", post + "Transfer-Encoding: xchunked\r\nContent-Length: " + body.length() + "\r\n\r\n" + body});
        add.accept(new String[] {"chunked:te-identity", post + "Transfer-Encoding: identity\r\n\r\n" + body, "half close"});
        add.accept(new String[] {"chunked:te-twice", post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"});
        add.accept(new String[] {"chunked:te-space-before-colon", post + "Transfer-Encoding : chunked\r\nContent-Length: " + body.length() + "\r\n\r\n" + body});
        add.accept(new String[] {"chunked:1.2MiB-body", post + "Transfer-Encoding: chunked\r\n\r\n" + (Integer.toHexString(60_000) + "\r\n" + " ".repeat(60_000) + "\r\n").repeat(21) + "0\r\n\r\n"});
        add.accept(new String[] {"content-length:two-different", post + "Content-Length: " + body.length() + "\r\nContent-Length: " + (body.length() + 1) + "\r\n\r\n" + body + " "});
        add.accept(new String[] {"content-length:negative", post + "Content-Length: -1\r\n\r\n" + body});
        add.accept(new String[] {"content-length:plus-sign", post + "Content-Length: +" + body.length() + "\r\n\r\n" + body});
        add.accept(new String[] {"content-length:list", post + "Content-Length: " + body.length() + ", " + body.length() + "\r\n\r\n" + body});
        add.accept(new String[] {"content-length:huge", post + "Content-Length: 99999999999999999999\r\n\r\n" + body, "half close"});
        add.accept(new String[] {"content-length:hex", post + "Content-Length: 0x10\r\n\r\n" + body});
        add.accept(new String[] {"content-length:larger-than-body", post + "Content-Length: " + (body.length() + 50) + "\r\n\r\n" + body, "half close"});
        add.accept(new String[] {"content-length:smaller-than-body", post.replace("Connection: close\r\n", "") + "Content-Length: 5\r\n\r\n" + body, "pipeline close"});
        add.accept(new String[] {"header:without-value", "GET /api/parties HTTP/1.1\r\n" + h + "X-Empty\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:without-colon", "GET /api/parties HTTP/1.1\r\n" + h + "X-Empty value\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:space-before-colon", "GET /api/parties HTTP/1.1\r\nHost : 127.0.0.1\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:obs-fold", "GET /api/parties HTTP/1.1\r\n" + h + "X-Fold: a\r\n b\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:nul", "GET /api/parties HTTP/1.1\r\n" + h + "X-Nul: a\u0000b\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:nul-in-name", "GET /api/parties HTTP/1.1\r\n" + h + "X\u0000N: a\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:non-token-name", "GET /api/parties HTTP/1.1\r\n" + h + "X(Y)\u00e9: a\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:cr-only", "GET /api/parties HTTP/1.1\r" + h.replace("\r\n", "\r") + "Connection: close\r\r", "half close"});
        add.accept(new String[] {"header:lf-only", "GET /api/parties HTTP/1.1\n" + h.replace("\r\n", "\n") + "Connection: close\n\n"});
        add.accept(new String[] {"header:100k-line", "GET /api/parties HTTP/1.1\r\n" + h + "X-Big: " + "a".repeat(100_000) + "\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:2000-headers", "GET /api/parties HTTP/1.1\r\n" + h + "X-H: 1\r\n".repeat(2000) + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"header:authorization-64k", "GET /api/me HTTP/1.1\r\n" + h + "Authorization: Bearer " + "a".repeat(65_536) + "\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:4000-cookies", "GET / HTTP/1.1\r\n" + h + "Cookie: " + "c=1; ".repeat(4000) + "\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"header:invalid-utf8-value", "GET /api/parties HTTP/1.1\r\n" + h + "Accept-Language: \u00c3\u0028\u00ff\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:100k-path", "GET /api/agreements/" + "a".repeat(100_000) + " HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:http-0.9", "GET /\r\n\r\n", "close"});
        add.accept(new String[] {"request-line:http-2.0", "GET / HTTP/2.0\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:http-1.2", "GET / HTTP/1.2\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:http-9.9", "GET / HTTP/9.9\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:lower-case-version", "GET / http/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:unknown-method", "FOO /api/parties HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:lower-case-method", "get /api/parties HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:nul-in-method", "G\u0000T /api/parties HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:tabs", "GET\t/api/parties\tHTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:no-method", " /api/parties HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:absolute-form-foreign", "GET http://evil.example/api/parties HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"request-line:asterisk", "OPTIONS * HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        add.accept(new String[] {"host:missing", "GET /api/parties HTTP/1.1\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"host:twice", "GET /api/parties HTTP/1.1\r\n" + h + "Host: evil.example\r\nConnection: close\r\n\r\n"});
        add.accept(new String[] {"host:junk", "GET /api/parties HTTP/1.1\r\nHost: a b/c@\u00ff\r\nConnection: close\r\n\r\n"});
        for (String[] p : new String[][] {{"invalid-utf8", "/api/agreements/\u00ff\u00c3("}, {"lone-percent", "/api/agreements/%"},
            {"percent-zz", "/api/agreements/%zz"}, {"dot-segments", "/%2e%2e/%2e%2e/etc/passwd"}, {"webjars-traversal", "/webjars/../../../../etc/passwd"},
            {"q-dot-dot-users", "/q/../api/users"}, {"encoded-dot-dot-users", "/q/%2e%2e/api/users"}, {"double-slash-users", "//api/users"},
            {"semicolon-users", "/api;x=1/users"}, {"upper-case-users", "/API/USERS"}, {"trailing-slash-users", "/api/users/"},
            {"encoded-slash-users", "/api%2fusers"}, {"dot-users", "/api/./users"}, {"nul-users", "/api/users%00"},
            {"backslash-users", "/api\\users"}, {"audit-trailing-dot", "/api/audit."}, {"fragment", "/api/users#x"},
            {"metrics", "/q/metrics"}, {"dev-ui", "/q/dev-ui"}, {"openapi-yaml", "/q/openapi?format=yaml&x=%zz"}}) {
            add.accept(new String[] {"path:" + p[0], "GET " + p[1] + " HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n"});
        }
        String ok = "GET /api/parties HTTP/1.1\r\n" + h + "\r\n";
        add.accept(new String[] {"pipeline:three-requests", ok + ok + "GET /api/parties HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n", "pipeline"});
        add.accept(new String[] {"pipeline:garbage-between", ok + "GARBAGE\r\n\r\n" + ok, "pipeline close"});
        add.accept(new String[] {"pipeline:100-requests", ok.repeat(99) + "GET /api/parties HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n", "pipeline"});
        add.accept(new String[] {"smuggling:cl-te", "POST /api/parties HTTP/1.1\r\n" + h + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /api/users HTTP/1.1\r\n" + h + "Connection: close\r\n\r\n", "pipeline close"});
        add.accept(new String[] {"smuggling:te-cl", "POST /api/parties HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n5c\r\nGET /api/users HTTP/1.1\r\n" + h + "\r\n0\r\n\r\n", "pipeline close"});
        add.accept(new String[] {"slow:headers-then-close", "GET /api/parties HTTP/1.1\r\n" + h, "half close"});
        add.accept(new String[] {"slow:nothing-then-close", "", "half close"});
        add.accept(new String[] {"expect:100-continue-no-body", post + "Expect: 100-continue\r\nContent-Length: " + body.length() + "\r\n\r\n", "half close"});
        add.accept(new String[] {"expect:junk", post + "Expect: 200-ok\r\nContent-Length: " + body.length() + "\r\n\r\n" + body});
        add.accept(new String[] {"upgrade:h2c", "GET /api/parties HTTP/1.1\r\n" + h + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: \u00ff\u00ff\r\n\r\n", "close half"});
        add.accept(new String[] {"upgrade:websocket-junk", "GET /api/parties HTTP/1.1\r\n" + h + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: %%%\r\nSec-WebSocket-Version: 99\r\n\r\n", "close half"});
        add.accept(new String[] {"http2:preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "close half"});
        add.accept(new String[] {"tls:client-hello-on-plain-port", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003", "close half"});
        add.accept(new String[] {"form:chunked-multipart-import", "POST /import HTTP/1.1\r\n" + h + "Cookie: " + admin.cookie() + "\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n--b\r\n\r\nzz\r\nxx\r\n0\r\n\r\n"});
        add.accept(new String[] {"form:chunked-bad-size", "POST /agreements/new HTTP/1.1\r\n" + h + "Cookie: " + admin.cookie() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\ntitle=x\r\n0\r\n\r\n"});
        add.accept(new String[] {"login:chunked-bad-size", "POST /j_security_check HTTP/1.1\r\n" + h + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nj_username=x\r\n0\r\n\r\n"});
        return l;
    }

    // ================================================================== the run

    Persona anonymous;
    Persona official;
    Fx global;
    String publicAgreement;

    void run(String adminEmail, String adminPassword) throws Exception {
        long t0 = System.currentTimeMillis();
        String started = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        long logStart = Files.exists(LOG) ? Files.size(LOG) : 0;
        requestLog = new java.io.PrintWriter(Files.newBufferedWriter(WORK.resolve("requests.tsv")));
        requestLog.println("start\tphase\tpersona\toperation\tmutation\tstatus\tfailure\tms\tbytes");

        root = new Acct("ADMIN");
        root.email = adminEmail;
        root.password = adminPassword;
        root.role = "admin";
        signIn(root);
        newToken(root);
        openapi = M.readTree(call("GET", "/q/openapi?format=json", null, null).body);
        List<Op> ops = operations();
        List<Route> routes = scanRoutes();
        log(ops.size() + " operations in the OpenAPI document; " + routes.size() + " page routes in " + SRC.resolve("web"));

        for (String[] party : new String[][] {{"AA", "Asia/Tehran"}, {"BB", "Europe/Minsk"}, {"CC", "UTC"}}) {
            call("POST", "/api/parties", obj("code", party[0], "name", "Barrage party " + party[0], "timeZone", party[1]), root);
        }
        global = new Fx(root, "G", true);
        for (String kind : List.of("agreement", "commitment", "commitment2", "milestone", "review", "subscription", "calendar-token",
                "victim-agreement", "victim-commitment", "victim-milestone", "victim-subscription", "victim-user", "user",
                "victim-token", "victim-party", "notification", "party", "token", "unsubscribe-token")) {
            global.get(kind);
        }
        publicAgreement = must("POST", "/api/agreements", obj("title", "Barrage public roadmap", "parties", List.of("AA"), "public", true,
                "signedOn", PAST), root).get("id").asText();
        String pc = must("POST", "/api/agreements/" + publicAgreement + "/commitments", obj("title", "Barrage public commitment",
                "responsibleParty", "AA", "owner", obj("name", "Public owner", "email", "public.owner." + SECRET_MAIL), "dueDate", PAST), root)
                .get("id").asText();
        must("POST", "/api/commitments/" + pc + "/milestones", obj("title", "Public milestone", "dueDate", PAST), root);
        Acct offBB = account("OFFICIAL", "official", List.of("BB"));
        Acct anon = new Acct("ANON");
        page("/login", anon);
        anonymous = new Persona("anonymous", anon, null, false);
        official = new Persona("official of BB", offBB, "official", true);
        Persona admin = new Persona("admin", root, "admin", false);

        // Which forms were found on their pages (as the administrator): a route whose form is not found is sent with the
        // fields its source reads.
        List<String> missing = new ArrayList<>();
        for (Route rt : routes) {
            if (rt.method().equals("POST") && !rt.path.equals("/j_security_check")) {
                FormBase f = formBase(rt, admin, global, root, false);
                if (!f.found) {
                    missing.add(rt.path);
                }
            }
        }
        log("forms not found on a page (sent with the fields their source reads): " + (missing.isEmpty() ? "none" : missing));

        String fingerprint0 = fingerprint();
        long audit0 = newestAudit(null);
        Map<String, String> phaseResults = new LinkedHashMap<>();

        // Phase 1: anonymous, everything.
        List<Task> tasks = new ArrayList<>();
        for (Op op : ops) {
            if (selected(op.name())) {
                tasks.add(new ApiTask("1 anonymous", op, anonymous, global, false));
            }
        }
        for (Route rt : routes) {
            if (selected(rt.name())) {
                tasks.add(new FormTask("1 anonymous", rt, anonymous, global, root, false));
            }
        }
        runPhase("1 anonymous", tasks);
        phaseResults.put("1 anonymous", verifyUnchanged("1 anonymous", fingerprint0, audit0));

        // Phase 2: the official of BB against AA's items and the administrator's.
        String fingerprint1 = fingerprint();
        long audit1 = newestAudit(null);
        tasks = new ArrayList<>();
        for (Op op : ops) {
            if (selected(op.name()) && !SELF_OPS.contains(op.name())) {
                tasks.add(new ApiTask("2 official of another party", op, official, global, false));
            }
        }
        for (Route rt : routes) {
            if (selected(rt.name()) && !SELF_FORMS.contains(rt.path) && !rt.path.equals("/j_security_check")) {
                tasks.add(new FormTask("2 official of another party", rt, official, global, root, false));
            }
        }
        runPhase("2 official of another party", tasks);
        phaseResults.put("2 official of another party", verifyUnchanged("2 official of another party", fingerprint1, audit1));

        // Phase 3: raw-socket attacks (before the administrators, who make some private fixtures public).
        List<Runnable> raw = new ArrayList<>();
        for (RawCase c : rawCases(root)) {
            if (!selected("RAW " + c.name())) {
                continue;
            }
            raw.add(() -> {
                Req r = new Req();
                r.raw = c.bytes();
                r.closeAllowed = c.closeAllowed();
                r.readToEnd = c.readToEnd();
                r.halfClose = c.halfClose();
                r.phase = "3 raw socket";
                r.persona = new String(c.bytes(), StandardCharsets.ISO_8859_1).contains("Bearer " + root.token) ? "admin" : "anonymous";
                r.op = "RAW";
                r.mutation = c.name();
                r.write = false;
                root.secrets(r);
                Resp p = fire(r);
                if (c.name().endsWith("-users") && p.ok() && p.text().contains("\"email\"")) {
                    flag("access violation", r, p, "the account list answered to an anonymous request by another spelling of its path");
                }
            });
        }
        runPhase("3 raw socket", raw, true);
        // Phase 4: administrators (each write operation and form with an account and items of its own), and officials
        // on their own account's forms and subscriptions.
        tasks = new ArrayList<>();
        List<Runnable> setups = new ArrayList<>();
        List<Task> built = Collections.synchronizedList(new ArrayList<>());
        for (Op op : ops) {
            if (!selected(op.name())) {
                continue;
            }
            if (!op.write()) {
                tasks.add(new ApiTask("4 admin", op, admin, global, false));
                continue;
            }
            setups.add(() -> {
                Acct a = account("ADMIN", "admin", List.of());
                built.add(new ApiTask("4 admin", op, new Persona("admin", a, "admin", false), new Fx(a, "A" + SEQ.incrementAndGet(), false), true));
            });
            if (SELF_OPS.contains(op.name()) || op.path.startsWith("/api/subscriptions/{id}") && !op.method.equals("GET")
                    || op.name().equals("DELETE /api/me/tokens/{id}")) {
                setups.add(() -> {
                    Acct o = account("OFFICIAL", "official", List.of("BB"));
                    built.add(new ApiTask("4 official, own account", op, new Persona("official of BB", o, "official", false),
                            new Fx(o, "O" + SEQ.incrementAndGet(), false), true));
                });
            }
        }
        for (Route rt : routes) {
            if (!selected(rt.name()) || rt.path.equals("/j_security_check")) {
                continue;
            }
            if (rt.method().equals("GET")) {
                tasks.add(new FormTask("4 admin", rt, admin, global, root, false));
                continue;
            }
            setups.add(() -> {
                Acct a = account("ADMIN", "admin", List.of());
                Fx fx = new Fx(a, "F" + SEQ.incrementAndGet(), false);
                built.add(new FormTask("4 admin", rt, new Persona("admin", a, "admin", false), fx, a, true));
            });
            if (SELF_FORMS.contains(rt.path) || rt.path.equals("/subscriptions/{id}/delete") || rt.path.equals("/account/tokens/{id}/revoke")) {
                setups.add(() -> {
                    Acct o = account("OFFICIAL", "official", List.of("BB"));
                    Fx fx = new Fx(o, "S" + SEQ.incrementAndGet(), false);
                    built.add(new FormTask("4 official, own account", rt, new Persona("official of BB", o, "official", false), fx, o, true));
                });
            }
        }
        log("phase 4: creating " + setups.size() + " accounts, one per write operation and form");
        invokeAll(setups);
        tasks.addAll(built);
        runPhase("4 admin and own-account", tasks);

        long barrageEnd = System.currentTimeMillis();

        // Phase 5: what the barrage left behind.
        log("phase 5: markup stored by the barrage, as the pages show it");
        storedMarkup();
        // Phase 6: the node afterwards.
        String after = afterwards(barrageEnd, logStart);
        requestLog.close();
        writePersonas(offBB, anon);
        report(started, t0, barrageEnd, phaseResults, after, missing);
        pool.shutdownNow();
    }

    /** The credentials the reproductions name, for a node kept running (KEEP=1): `. target/barrage/personas.env`. */
    void writePersonas(Acct... others) throws IOException {
        StringBuilder s = new StringBuilder("# written by bench/barrage/Barrage.java for the node on port " + PORT + "\n");
        for (Acct a : List.of(root, others[0], others[1])) {
            Req r = new Req();
            a.secrets(r);
            r.secrets.forEach((value, name) -> s.append("export ").append(name).append("='").append(value).append("'\n"));
        }
        Files.writeString(WORK.resolve("personas.env"), s.toString());
    }

    static boolean selected(String name) {
        return ONLY == null || ONLY.matcher(name).find();
    }

    final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Integer.parseInt(env("CONCURRENCY", "12"))));

    void invokeAll(List<Runnable> work) throws InterruptedException {
        List<Future<?>> fs = new ArrayList<>();
        for (Runnable w : work) {
            fs.add(pool.submit(w));
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                log("setup failed: " + e.getCause());
            }
        }
    }

    void runPhase(String name, List<Task> tasks) throws InterruptedException {
        // A task that needs no order (nothing of its own to watch) is cut into pieces of 60 variants, so that the phase
        // does not end on one long queue; an isolated one runs in order on its own fixture.
        List<Runnable> work = new ArrayList<>();
        for (Task t : tasks) {
            if (t.isolated || t.size() <= 60) {
                work.add(t);
                continue;
            }
            for (int i = 0; i < t.size(); i += 60) {
                Task piece = t.twin();
                piece.from = i;
                piece.to = Math.min(t.size(), i + 60);
                work.add(piece);
            }
        }
        runPhase(name, work, false);
    }

    void runPhase(String name, List<Runnable> work, boolean raw) throws InterruptedException {
        long before = sent.get();
        long t = System.currentTimeMillis();
        // the biggest tasks first, so that the phase does not end on one long queue
        List<Runnable> ordered = new ArrayList<>(work);
        ordered.sort((a, b) -> Integer.compare(b instanceof Task y ? y.count() : 0, a instanceof Task x ? x.count() : 0));
        int total = 0;
        for (Runnable w : ordered) {
            total += w instanceof Task k ? k.count() : 1;
        }
        log("phase " + name + ": " + ordered.size() + " tasks, " + total + " requests");
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (Runnable w : ordered) {
            fs.add(pool.submit(() -> {
                w.run();
                done.incrementAndGet();
            }));
        }
        while (true) {
            boolean all = true;
            for (Future<?> f : fs) {
                all &= f.isDone();
            }
            if (all) {
                break;
            }
            Thread.sleep(5000);
            log("  " + name + ": " + (sent.get() - before) + " requests sent, " + done.get() + "/" + ordered.size() + " tasks done, "
                    + findings.size() + " findings so far");
        }
        log("phase " + name + " done: " + (sent.get() - before) + " requests in " + (System.currentTimeMillis() - t) / 1000 + " s");
    }

    static final List<String> FINGERPRINT_KINDS = List.of("agreement", "commitment", "commitment2", "milestone", "subscription",
            "victim-agreement", "victim-commitment", "victim-milestone", "victim-subscription", "victim-user", "user", "victim-token",
            "victim-party", "party", "token");

    /** The global fixture, the lists of parties, accounts and the administrator's tokens and subscriptions. */
    String fingerprint() {
        StringBuilder s = new StringBuilder(global.snapshot(new java.util.TreeSet<>(FINGERPRINT_KINDS), false));
        for (String path : List.of("/api/parties?size=200", "/api/agreements?size=1", "/api/me/tokens",
                "/api/subscriptions?size=200", "/api/agreements/" + publicAgreement, "/api/agreements/" + publicAgreement + "/commitments")) {
            Resp p = call("GET", path, null, root);
            s.append(path).append(' ').append(p.status).append(' ').append(normalize(p)).append('\n');
        }
        return s.toString();
    }

    /** After a phase in which every write had to be refused: nothing changed, and the audit trail holds nothing new. */
    String verifyUnchanged(String phase, String before, long auditBefore) {
        StringBuilder out = new StringBuilder();
        String now = fingerprint();
        if (!now.equals(before)) {
            String d = diff(before, now);
            Resp fake = new Resp();
            Req r = new Req();
            r.phase = phase;
            r.persona = phase.contains("anonymous") ? "anonymous" : "official of BB";
            r.op = "(whole phase)";
            r.mutation = "fingerprint of the fixtures";
            findings.add(new Finding("partial write", phase, r.persona, r.op, r.mutation, 0, null, "", "", "the fixtures changed during the phase:\n" + d, 0));
            out.append("fixtures changed:\n").append(d);
        } else {
            out.append("fixtures unchanged; ");
        }
        List<JsonNode> entries = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonNode l = call("GET", "/api/audit?size=200&page=" + page, null, root).json();
            boolean more = false;
            for (JsonNode e : l.path("items")) {
                if (e.path("id").asLong() > auditBefore) {
                    entries.add(e);
                    more = true;
                }
            }
            if (!more) {
                break;
            }
        }
        // A reader's own language, saved when they switch it (GET /lang/{code}), is theirs to change in any phase.
        int ownLanguage = 0;
        for (java.util.Iterator<JsonNode> it = entries.iterator(); it.hasNext(); ) {
            JsonNode e = it.next();
            if (e.path("itemType").asText().equals("USER") && e.path("itemId").asText().equals(e.path("actorUserId").asText())
                    && e.path("before").asText().matches("\\{\"language\":(null|\"[a-z]{2}\")}")
                    && e.path("after").asText().matches("\\{\"language\":(null|\"[a-z]{2}\")}")) {
                it.remove();
                ownLanguage++;
            }
        }
        out.append(entries.size()).append(" new audit entries");
        if (ownLanguage > 0) {
            out.append(" (and ").append(ownLanguage).append(" of the persona's own language, switched by /lang)");
        }
        for (JsonNode e : entries) {
            long at = Instant.parse(e.path("at").asText()).toEpochMilli();
            List<String> candidates = new ArrayList<>();
            for (long[] w : windows) {
                if (w[1] - 1500 <= at && at <= w[2] + 1500) {
                    String n = windowNames.get(w[0]);
                    String item = e.path("itemId").asText("");
                    if (item.isEmpty() || n.contains("/" + item)) {
                        candidates.add(n);
                    }
                }
            }
            findings.add(new Finding(phase.contains("anonymous") ? "partial write" : "access violation", phase,
                    e.path("actor").asText(), e.path("action").asText() + " " + e.path("itemType").asText() + " " + e.path("itemId").asText(),
                    "audit entry " + e.path("id").asText(), 0, null, e.toString().length() > 200 ? e.toString().substring(0, 200) : e.toString(), "",
                    "written during a phase in which every write must be refused; requests in flight: "
                            + (candidates.size() > 10 ? candidates.subList(0, 10) + " …" : candidates), 0));
        }
        windows.clear();
        windowNames.clear();
        return out.toString();
    }

    // ================================================================== after the barrage

    /** The pages, CSV and calendar feeds that show what the barrage stored, read back and checked for live markup. */
    void storedMarkup() {
        List<String> agreements = new ArrayList<>();
        List<String> commitments = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            JsonNode l = call("GET", "/api/agreements?size=200&page=" + page, null, root).json();
            l.path("items").forEach(i -> agreements.add(i.path("id").asText()));
            if (l.path("items").size() < 200) {
                break;
            }
        }
        for (int page = 0; page < 5; page++) {
            JsonNode l = call("GET", "/api/commitments?size=200&page=" + page, null, root).json();
            l.path("items").forEach(i -> commitments.add(i.path("id").asText()));
            if (l.path("items").size() < 200) {
                break;
            }
        }
        List<String[]> reads = new ArrayList<>(); // path, who ("root" or "anon"), accept
        for (String p : List.of("/", "/agreements", "/agreements?page=1", "/accounts", "/parties", "/subscriptions", "/account",
                "/reports/overdue", "/reports/overdue?page=1", "/calendar", "/import")) {
            reads.add(new String[] {p, "root", null});
        }
        for (String p : List.of("/", "/agreements", "/reports/overdue", "/calendar", "/agreements/" + publicAgreement)) {
            reads.add(new String[] {p, "anon", null});
        }
        agreements.stream().limit(400).forEach(a -> reads.add(new String[] {"/agreements/" + a, "root", null}));
        agreements.stream().limit(60).forEach(a -> reads.add(new String[] {"/agreements/" + a + "/reviews", "root", null}));
        commitments.stream().limit(600).forEach(c -> reads.add(new String[] {"/commitments/" + c, "root", null}));
        reads.add(new String[] {"/reports/overdue.csv", "root", null});
        reads.add(new String[] {"/api/reports/overdue?size=200", "root", "text/csv"});
        reads.add(new String[] {"/api/reports/overdue?size=200", "anon", "text/csv"});
        reads.add(new String[] {"/api/calendar/parties/AA.ics", "anon", null});
        reads.add(new String[] {"/api/calendar/agreements/" + publicAgreement + ".ics", "anon", null});
        reads.add(new String[] {"/api/calendar/" + global.get("calendar-token") + ".ics", "anon", null});
        List<Runnable> work = new ArrayList<>();
        for (String[] x : reads) {
            work.add(() -> {
                Req r = new Req();
                r.target = x[0];
                r.phase = "5 stored markup";
                r.persona = x[1].equals("root") ? "admin" : "anonymous";
                r.op = "GET " + x[0].replaceAll("/\\d+", "/{id}").replaceAll("\\?.*", "");
                r.mutation = "read back";
                if (x[1].equals("root")) {
                    r.header("Cookie", root.cookie());
                    r.header("Authorization", "Bearer " + root.token);
                    root.secrets(r);
                }
                if (x[2] != null) {
                    r.header("Accept", x[2]);
                }
                Resp p = send(r);
                verification.incrementAndGet();
                String body = p.text();
                String ct = p.ct();
                if (p.status >= 500 || p.failure != null) {
                    flag(p.failure != null ? "dropped connection" : "5xx", r, p, "reading back what the barrage stored");
                }
                if (ct.contains("html") && (body.contains("<script>alert(7331)") || body.contains("<img src=x onerror=alert(7331)>"))) {
                    flag("stored markup shown unescaped", r, p, "a page shows a stored payload as markup");
                }
                for (Pattern leak : CLASS_LEAKS) {
                    Matcher m = leak.matcher(body);
                    if (m.find()) {
                        flag("stack trace or class name in the answer", r, p, "matched: " + m.group());
                        break;
                    }
                }
                if (ct.contains("csv") && Pattern.compile("(?m)(^|,)\"?=HYPERLINK").matcher(body).find()) {
                    flag("CSV cell starting with a formula", r, p, "a spreadsheet would run it");
                }
                if (ct.contains("calendar") && Pattern.compile("(?mi)^(X-Injected|DTSTART:1900|ATTENDEE)").matcher(body).find()) {
                    flag("calendar feed line injected", r, p, "a stored value starts a line of its own");
                }
                // administrators made some fixture agreements public in phase 4, so only the addresses (never shown to
                // anonymous readers, public agreement or not) are looked for here
                if (r.persona.equals("anonymous") && !x[0].contains(global.get("calendar-token")) && body.contains(SECRET_MAIL)) {
                    flag("access violation", r, p, "an owner's or coordinator's address shown to anonymous: " + around(body, SECRET_MAIL));
                }
            });
        }
        try {
            invokeAll(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Idle, no request still running, and what the node logged: the node after the barrage. */
    String afterwards(long barrageEnd, long logStart) throws Exception {
        StringBuilder s = new StringBuilder();
        long ticks = 100;
        long idleAt = -1;
        long t = System.currentTimeMillis();
        while (System.currentTimeMillis() - t < 60_000) {
            long a = cpu();
            Thread.sleep(1000);
            long b = cpu();
            if (b - a < ticks / 10) {
                idleAt = System.currentTimeMillis();
                break;
            }
        }
        s.append("node CPU below a tenth of a core ").append(idleAt < 0 ? "never within 60 s" : (idleAt - barrageEnd) / 1000.0 + " s after the barrage's last answer (verification reads included)")
                .append('\n');
        List<String> busy = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            busy = busyThreads();
            if (busy.isEmpty()) {
                break;
            }
            Thread.sleep(3000);
        }
        s.append("request threads busy in application code (two thread dumps 3 s apart): ").append(busy.size()).append('\n');
        busy.forEach(b -> s.append("  ").append(b.replace("\n", "\n    ")).append('\n'));
        // what the node logged during the barrage
        Map<String, Integer> exceptions = new TreeMap<>();
        int errors = 0;
        int warnings = 0;
        List<String> samples = new ArrayList<>();
        if (Files.exists(LOG)) {
            byte[] all = Files.readAllBytes(LOG);
            String text = new String(all, (int) Math.min(logStart, all.length), (int) (all.length - Math.min(logStart, all.length)),
                    StandardCharsets.UTF_8);
            Pattern ex = Pattern.compile("\\b([a-z][\\w]*(?:\\.[a-z][\\w]*)*\\.[A-Z]\\w*(?:Exception|Error))\\b");
            for (String line : text.split("\n")) {
                if (line.contains(" ERROR ")) {
                    errors++;
                    if (samples.size() < 15) {
                        samples.add(line.length() > 300 ? line.substring(0, 300) : line);
                    }
                } else if (line.contains(" WARN ")) {
                    warnings++;
                }
                Matcher m = ex.matcher(line);
                while (m.find()) {
                    exceptions.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        s.append("node log during the barrage: ").append(errors).append(" ERROR lines, ").append(warnings).append(" WARN lines\n");
        exceptions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> s.append("  ").append(e.getValue()).append(" × ").append(e.getKey()).append('\n'));
        if (!samples.isEmpty()) {
            s.append("first ERROR lines:\n");
            samples.forEach(x -> s.append("  ").append(x).append('\n'));
        }
        return s.toString();
    }

    static long cpu() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + PID + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static final Pattern APP_FRAME = Pattern.compile("org\\.pacta\\.|org\\.hibernate\\.|org\\.h2\\.|com\\.fasterxml\\.|org\\.apache\\.commons\\.csv|net\\.fortuna|io\\.quarkus\\.qute");

    static List<String> busyThreads() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(PID), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        Files.writeString(WORK.resolve("threads-after.txt"), dump);
        List<String> busy = new ArrayList<>();
        for (String block : dump.split("\n\n")) {
            if (!block.startsWith("\"")) {
                continue;
            }
            String name = block.substring(1, block.indexOf('"', 1));
            boolean requestThread = name.startsWith("executor-thread") || name.startsWith("vert.x-eventloop") || name.startsWith("vert.x-worker");
            if (!requestThread || !block.contains("State: RUNNABLE") && !block.contains("State: BLOCKED")) {
                continue;
            }
            if (APP_FRAME.matcher(block).find()) {
                List<String> frames = new ArrayList<>();
                for (String line : block.split("\n")) {
                    if (line.trim().startsWith("at ") && frames.size() < 8) {
                        frames.add(line.trim());
                    }
                }
                busy.add(name + "\n" + String.join("\n", frames));
            }
        }
        return busy;
    }

    // ================================================================== the report

    static final List<String> CHECK_ORDER = List.of("5xx", "dropped connection", "no answer within the timeout",
            "stack trace or class name in the answer", "reflected markup", "stored markup shown unescaped", "partial write",
            "access violation", "CSRF: form accepted without a valid token", "CSRF: state changed without a valid token",
            "CSRF: API write accepted with a session cookie and a cross-site content type", "open redirect", "header injection",
            "CORS allows a foreign origin", "CSV cell starting with a formula", "calendar feed line injected", "unexpected method accepted",
            "parser text in the answer", "reflected markup in a problem document", "Location built from a forged Host header",
            "slow answer (over 10 s)");

    /** Checks that describe rather than fail: grouped by operation alone. */
    static final Set<String> INFORMATIONAL = Set.of("parser text in the answer", "reflected markup in a problem document",
            "Location built from a forged Host header", "slow answer (over 10 s)");

    static String generic(String mutation) {
        String[] parts = mutation.split(":", 3);
        if (parts.length == 3 && (parts[0].equals("field") || parts[0].equals("query") || parts[0].equals("path"))) {
            return parts[0] + ":*:" + parts[2];
        }
        return mutation;
    }

    static final class Group {
        final List<Finding> all = new ArrayList<>();
        final Set<String> personas = new TreeSet<>();
        final Set<String> places = new TreeSet<>();
        final Set<Integer> statuses = new TreeSet<>();
    }

    void report(String started, long t0, long barrageEnd, Map<String, String> phases, String after, List<String> missing) throws IOException {
        Map<String, Map<String, Group>> byCheck = new LinkedHashMap<>();
        for (String c : CHECK_ORDER) {
            byCheck.put(c, new LinkedHashMap<>());
        }
        for (Finding f : findings) {
            boolean info = INFORMATIONAL.contains(f.check());
            String status = f.failure() != null ? "no answer" : Integer.toString(f.status());
            String key = info && !f.check().startsWith("parser") ? "every operation | * | " + status
                    : f.op() + " | " + (info ? "*" : generic(f.mutation())) + " | " + status;
            Group g = byCheck.computeIfAbsent(f.check(), k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new Group());
            g.all.add(f);
            g.personas.add(f.persona());
            String[] parts = f.mutation().split(":", 3);
            if (info && !f.check().startsWith("parser")) {
                g.places.add(f.op());
            } else if (info) {
                g.places.add(generic(f.mutation()));
            } else if (parts.length == 3 && (parts[0].equals("field") || parts[0].equals("query") || parts[0].equals("path"))) {
                g.places.add(parts[1]);
            }
            g.statuses.add(f.status());
        }
        String machine = nproc() + " cores, " + memory() + ", " + javaVersion();
        StringBuilder sum = new StringBuilder();
        sum.append("# Pacta hostile-input barrage — ").append(started).append('\n');
        sum.append("# machine: ").append(machine).append('\n');
        sum.append("# node: port ").append(PORT).append(", pid ").append(PID).append("; concurrency ").append(CONCURRENCY)
                .append(", timeout ").append(TIMEOUT_MS / 1000).append(" s per request, anonymous share of field variants ").append(ANON_SHARE)
                .append(ONLY != null ? ", ONLY=" + ONLY.pattern() : "").append('\n');
        sum.append("# barrage: ").append((barrageEnd - t0) / 1000).append(" s (setup included); whole run ")
                .append((System.currentTimeMillis() - t0) / 1000).append(" s\n\n");
        sum.append("hostile requests sent: ").append(sent.get()).append('\n');
        new TreeMap<>(sentBy).forEach((k, v) -> sum.append("  ").append(k).append(": ").append(v.get()).append('\n'));
        sum.append("other requests (setup, snapshots before and after each write, reading back): ")
                .append(HELPER_REQUESTS.get() + verification.get()).append('\n');
        sum.append("answers by status: ");
        new TreeMap<>(statusCounts).forEach((k, v) -> sum.append(k).append('×').append(v.get()).append("  "));
        Function<String, Integer> count = c -> byCheck.getOrDefault(c, Map.of()).values().stream().mapToInt(g -> g.all.size()).sum();
        int csrf = count.apply("CSRF: form accepted without a valid token") + count.apply("CSRF: state changed without a valid token")
                + count.apply("CSRF: API write accepted with a session cookie and a cross-site content type");
        sum.append("\n\nthe figures issue 14 asks for (requests):\n");
        sum.append(String.format("  %-40s %6d%n", "requests sent", sent.get()));
        sum.append(String.format("  %-40s %6d%n", "5xx answers", count.apply("5xx")));
        sum.append(String.format("  %-40s %6d%n", "stack traces or class names in answers", count.apply("stack trace or class name in the answer")));
        sum.append(String.format("  %-40s %6d%n", "reflected markup (HTML, text)", count.apply("reflected markup") + count.apply("stored markup shown unescaped")));
        sum.append(String.format("  %-40s %6d%n", "partial writes", count.apply("partial write")));
        sum.append(String.format("  %-40s %6d%n", "access violations", count.apply("access violation")));
        sum.append(String.format("  %-40s %6d%n", "dropped connections or no answer", count.apply("dropped connection") + count.apply("no answer within the timeout")));
        sum.append(String.format("  %-40s %6d  (requests answered as a success without a valid token, or whose target changed)%n", "CSRF bypasses", csrf));
        sum.append("\nevery check (requests, distinct classes; the last four describe rather than fail):\n");
        for (Map.Entry<String, Map<String, Group>> e : byCheck.entrySet()) {
            int n = e.getValue().values().stream().mapToInt(g -> g.all.size()).sum();
            sum.append(String.format("  %-80s %6d  (%d classes)%n", e.getKey(), n, e.getValue().size()));
        }
        sum.append("\nphases in which every write had to be refused:\n");
        phases.forEach((k, v) -> sum.append("  ").append(k).append(": ").append(v.replace("\n", "\n    ")).append('\n'));
        sum.append("\nforms not found on a page (sent with the fields their source reads): ").append(missing.isEmpty() ? "none" : missing).append('\n');
        sum.append("\nafter the barrage:\n").append(after);
        Files.writeString(OUT.resolve("barrage-summary.txt"), sum.toString());

        StringBuilder md = new StringBuilder();
        md.append("# Barrage findings — ").append(started).append("\n\n");
        md.append("Written by `bench/barrage.sh` (`bench/barrage/Barrage.java`); figures in `barrage-summary.txt`, method in ")
                .append("`docs/barrage.md`. A class is one operation or form, one kind of mutation (the field, parameter or path ")
                .append("element it was put in is listed), one status. Reproductions use the run's ids; `$ADMIN_TOKEN`, `$ADMIN_QUARKUS_CREDENTIAL`, ")
                .append("`$ADMIN_CSRF`, `$ADMIN_CSRF_TOKEN`, `$OFFICIAL_…` and `$ANON_…` stand for a token, session cookie or CSRF token of that persona ")
                .append("(docs/barrage.md says how to get them); bodies over 3,000 bytes were written under `target/barrage/repro/`.\n\n");
        md.append("Machine: ").append(machine).append(". Hostile requests: ").append(sent.get()).append(".\n\n");
        int classNo = 0;
        for (Map.Entry<String, Map<String, Group>> e : byCheck.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            int n = e.getValue().values().stream().mapToInt(g -> g.all.size()).sum();
            md.append("## ").append(e.getKey()).append(" — ").append(n).append(" requests, ").append(e.getValue().size()).append(" classes\n\n");
            List<Map.Entry<String, Group>> groups = new ArrayList<>(e.getValue().entrySet());
            groups.sort((a, b) -> a.getKey().compareTo(b.getKey()));
            for (Map.Entry<String, Group> ge : groups) {
                Group g = ge.getValue();
                Finding f = g.all.get(0);
                classNo++;
                md.append("### ").append(classNo).append(". ").append(ge.getKey().replace("|", "·")).append('\n');
                md.append("- requests: ").append(g.all.size()).append("; personas: ").append(String.join(", ", g.personas));
                if (!g.places.isEmpty()) {
                    List<String> places = new ArrayList<>(g.places);
                    md.append("; in: ").append(String.join(", ", places.subList(0, Math.min(25, places.size()))))
                            .append(places.size() > 25 ? " … (" + (places.size() - 25) + " more)" : "");
                }
                md.append('\n');
                md.append("- sample: ").append(f.phase()).append(", ").append(f.persona()).append(", `").append(f.mutation().replace("`", "'"))
                        .append("` → ").append(f.failure() != null ? f.failure() : Integer.toString(f.status())).append(" in ").append(f.ms()).append(" ms\n");
                if (f.note() != null && !f.note().isBlank()) {
                    md.append("- note: ").append(f.note().replace("\n", "\n  ").replace("`", "'")).append('\n');
                }
                if (!f.excerpt().isEmpty()) {
                    md.append("- answer: `").append(f.excerpt().replace("`", "'")).append("`\n");
                }
                if (!f.repro().isEmpty()) {
                    md.append("\n```sh\n").append(f.repro().length() > 4000 ? f.repro().substring(0, 4000) + " …(cut)" : f.repro()).append("\n```\n");
                }
                md.append('\n');
            }
        }
        if (findings.isEmpty()) {
            md.append("No findings.\n");
        }
        Files.writeString(OUT.resolve("barrage-findings.md"), md.toString());
        System.out.println(sum);
    }

    static String nproc() {
        return Integer.toString(Runtime.getRuntime().availableProcessors());
    }

    static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM";
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "? RAM";
    }

    static String javaVersion() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
}
