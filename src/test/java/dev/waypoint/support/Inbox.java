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
    public record Email(String subject, String text) {}

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
                            plainText(message.getContent()).replace("\r\n", "\n")));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException("The mailbox of " + address + " could not be read", unreadable);
        }
    }

    /** The text/plain part of a body, however it is wrapped. */
    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return plainText(part.getContent());
                }
            }
            return "";
        }
        return String.valueOf(content);
    }
}
