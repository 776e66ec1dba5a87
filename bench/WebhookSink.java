import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** A webhook receiver that answers 204 to everything, counting: the far end of the webhook benchmark. */
public class WebhookSink {

    public static void main(String[] args) throws Exception {
        AtomicLong count = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 200);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            count.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        long last = -1;
        while (true) {
            long n = count.get();
            if (n != last) {
                System.out.println(System.currentTimeMillis() + " " + n);
                last = n;
            }
            Thread.sleep(1000);
        }
    }
}
