package io.summitry.gateway.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay to a service on 127.0.0.1 that a test can cut: every connection open through it is closed at once, both
 * ways, as a network cut or a proxy restart would; new connections pass again right after. Bytes are relayed as they
 * come, so a stream that never ends (server-sent events) passes through.
 */
final class CuttableProxy implements AutoCloseable {

    private final URI target;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private CuttableProxy(URI target) throws IOException {
        this.target = target;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "cuttable-proxy-" + target.getPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static CuttableProxy to(URI target) {
        try {
            return new CuttableProxy(target);
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the proxy", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** How many connections were made through the proxy so far. */
    int connections() {
        return accepted.get();
    }

    /** Closes every connection open through the proxy. */
    void cut() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getHost(), target.getPort());
                accepted.incrementAndGet();
                open.add(client);
                open.add(upstream);
                relay(client, upstream);
                relay(upstream, client);
            } catch (IOException e) {
                // closed, or the service is away: the client sees its connection end
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or closed by either side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "cuttable-proxy-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
