package dev.waypoint.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The app's way to the test's mail server: passes SMTP through to it, or, while {@link #REFUSING}
 * is set, refuses each e-mail the way a busy mail server does: "451, try again later" to its MAIL
 * command, which the mail server never sees. Everything else passes, so the connection the app
 * keeps open stays in step with the server (closing it under the app's mailer can make later
 * sends hang). A system property, because the tests and this resource may see different copies
 * of a class.
 */
final class SmtpGate implements AutoCloseable {

    static final String REFUSING = "waypoint.test.smtp.refusing";

    private static final byte[] BUSY = "451 4.3.0 Busy, try again later\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final int mailServerPort;

    SmtpGate(int mailServerPort) throws IOException {
        this.mailServerPort = mailServerPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "smtp-gate");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private static boolean refusing() {
        return Boolean.getBoolean(REFUSING);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                try {
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), mailServerPort);
                    pump(client, server, true);
                    pump(server, client, false);
                } catch (IOException unreachable) {
                    closeQuietly(client);
                }
            } catch (IOException closed) {
                // The listener closed at the end of the run, or one connection failed: the client sees it.
            }
        }
    }

    /** Copies {@code from} to {@code to}; the app's MAIL commands are answered here while the gate refuses. */
    private static void pump(Socket from, Socket to, boolean fromApp) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) != -1) {
                            if (fromApp && refusing() && startsAnEmail(buffer, read)) {
                                from.getOutputStream().write(BUSY);
                                from.getOutputStream().flush();
                                continue;
                            }
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException closed) {
                        // The other side closed: so does this one.
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "smtp-gate-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** The app's mailer writes each command on its own, so a MAIL command starts what was read. */
    private static boolean startsAnEmail(byte[] read, int length) {
        return new String(read, 0, Math.min(length, 9), StandardCharsets.US_ASCII)
                .toUpperCase(java.util.Locale.ROOT)
                .startsWith("MAIL FROM");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was left to do.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
