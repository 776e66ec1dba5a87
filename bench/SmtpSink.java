import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message and forgets it, counting them: the far end of the email-dispatch
 * benchmark.  java bench/SmtpSink.java <port>   (prints the count every second while it changes)
 */
public class SmtpSink {

    static final AtomicLong MESSAGES = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ExecutorService pool = Executors.newCachedThreadPool();
        try (ServerSocket server = new ServerSocket(port, 200, java.net.InetAddress.getLoopbackAddress())) {
            Thread reporter = new Thread(() -> {
                long last = -1;
                while (true) {
                    long n = MESSAGES.get();
                    if (n != last) {
                        System.out.println(System.currentTimeMillis() + " " + n);
                        last = n;
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            reporter.setDaemon(true);
            reporter.start();
            while (true) {
                Socket s = server.accept();
                pool.submit(() -> session(s));
            }
        }
    }

    static void session(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream()) {
            write(out, "220 sink ESMTP");
            String line;
            boolean data = false;
            while ((line = in.readLine()) != null) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        MESSAGES.incrementAndGet();
                        write(out, "250 OK");
                    }
                    continue;
                }
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (cmd) {
                    case "EHLO" -> write(out, "250-sink\r\n250-PIPELINING\r\n250 8BITMIME");
                    case "HELO" -> write(out, "250 sink");
                    case "DATA" -> {
                        data = true;
                        write(out, "354 go on");
                    }
                    case "QUIT" -> {
                        write(out, "221 bye");
                        return;
                    }
                    default -> write(out, "250 OK");
                }
            }
        } catch (Exception e) {
            // a closed connection ends the session
        }
    }

    static void write(OutputStream out, String reply) throws java.io.IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
