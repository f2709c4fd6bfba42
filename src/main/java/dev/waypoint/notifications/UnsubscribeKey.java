package dev.waypoint.notifications;

import dev.waypoint.web.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** What one unsubscribe link stops: one topic for one person. Only the link secret's hash is kept. */
@Entity
@Table(name = "unsubscribe_key")
public class UnsubscribeKey extends Row {

    @Column(name = "person_id", nullable = false, updatable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Topic topic;

    /** Random; with the server's key it gives the secret again for the next e-mail. */
    @Column(nullable = false)
    public String nonce;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;
}
