package org.pacta.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server that takes its time: it accepts every message, but answers "250" to the end of its data only after
 * a set delay, as an overloaded or greylisting relay does. It keeps the {@code X-Pacta-Key} of each message it
 * accepted, in order, counting a message as received when it has read all of it.
 */
final class SlowSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final Duration delay;
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(4);

    SlowSmtp(int port, Duration delay) throws IOException {
        this.delay = delay;
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        sessions.submit(this::accept);
    }

    List<String> keys() {
        return List.copyOf(keys);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                sessions.submit(() -> session(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 slow.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-slow.test\r\n250 8BITMIME");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String key = readMessage(in);
                        // The answer comes later, from another thread: the client waits for it before anything else.
                        answers.schedule(() -> {
                            keys.add(key);
                            reply(out, "250 accepted");
                        }, delay.toMillis(), TimeUnit.MILLISECONDS);
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException ended) {
            // The client went away: what it had sent in full was counted.
        }
    }

    private static String readMessage(BufferedReader in) throws IOException {
        String key = null;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (key == null && line.regionMatches(true, 0, "X-Pacta-Key:", 0, 12)) {
                key = line.substring(12).trim();
            }
        }
        return key;
    }

    private static synchronized void reply(OutputStream out, String text) {
        try {
            out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException gone) {
            // The client closed the connection; nothing to answer.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        answers.shutdownNow();
        sessions.shutdownNow();
    }
}
