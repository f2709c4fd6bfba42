package dev.waypoint.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/** A recipient's mailbox on the test mail server, read over IMAP. */
public final class Inbox {

    /** One e-mail as its recipient reads it. */
    public record Email(String subject, String text, String html, String unsubscribe, String unsubscribePost) {}

    private Inbox() {}

    /** Every e-mail delivered to this address so far, oldest first. */
    public static List<Email> of(String address) {
        int port = ConfigProvider.getConfig().getValue(SmtpServer.IMAP_PORT, Integer.class);
        Properties settings = new Properties();
        settings.put("mail.imap.host", "127.0.0.1");
        settings.put("mail.imap.port", String.valueOf(port));
        try (Store store = Session.getInstance(settings).getStore("imap")) {
            store.connect(address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Email> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Email(
                            message.getSubject(),
                            part(message.getContent(), "text/plain").replace("\r\n", "\n"),
                            part(message.getContent(), "text/html").replace("\r\n", "\n"),
                            header(message, "List-Unsubscribe"),
                            header(message, "List-Unsubscribe-Post")));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException("The mailbox of " + address + " could not be read", unreadable);
        }
    }

    /** The part of a body of one type, however it is wrapped; a body that is not in parts is its text. */
    private static String part(Object content, String type) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return String.valueOf(part.getContent());
                }
                if (part.isMimeType("multipart/*")) {
                    String inner = part(part.getContent(), type);
                    if (!inner.isEmpty()) {
                        return inner;
                    }
                }
            }
            return "";
        }
        return type.equals("text/plain") ? String.valueOf(content) : "";
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? null : values[0];
    }
}
