package dev.waypoint.feedback;

import dev.waypoint.people.Person;
import dev.waypoint.web.Row;
import io.quarkus.qute.TemplateGlobal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** A comment, a cheer or a "read it" on someone's goal, check-in or milestone. */
@Entity
public class Feedback extends Row {

    @TemplateGlobal(name = "commentMax")
    public static final int BODY_MAX = 2000;

    public enum Item {
        GOAL,
        CHECK_IN,
        MILESTONE,
        TEAM_GOAL
    }

    public enum Kind {
        COMMENT,
        CHEER,
        ACKNOWLEDGEMENT
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    public Person author;

    /** Whose item it is: they see it, and may delete comments on it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    public Person owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, updatable = false)
    public Item itemType;

    @Column(name = "item_id", nullable = false, updatable = false)
    public Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Feedback on an item, oldest first, with authors. */
    public static List<Feedback> on(Item item, Long itemId) {
        return list(
                "from Feedback f join fetch f.author where f.itemType = ?1 and f.itemId = ?2 order by f.createdAt, f.id",
                item,
                itemId);
    }

    /** Feedback on many items of one kind at once, oldest first, with authors. */
    public static List<Feedback> onAll(Item item, List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return list(
                "from Feedback f join fetch f.author where f.itemType = ?1 and f.itemId in ?2 order by f.createdAt, f.id",
                item,
                itemIds);
    }

    /** Who has commented on an item so far, to tell them of a reply. */
    public static List<Long> commentersOn(Item item, Long itemId) {
        return getEntityManager()
                .createQuery(
                        "select distinct f.author.id from Feedback f where f.itemType = ?1 and f.itemId = ?2"
                                + " and f.kind = ?3",
                        Long.class)
                .setParameter(1, item)
                .setParameter(2, itemId)
                .setParameter(3, Kind.COMMENT)
                .getResultList();
    }

    /** Removes everything said about an item, when the item itself goes. */
    public static void deleteOn(Item item, Long itemId) {
        delete("itemType = ?1 and itemId = ?2", item, itemId);
    }

    public static boolean exists(Long authorId, Item item, Long itemId, Kind kind) {
        return count("author.id = ?1 and itemType = ?2 and itemId = ?3 and kind = ?4", authorId, item, itemId, kind)
                > 0;
    }

    public boolean isComment() {
        return kind == Kind.COMMENT;
    }

    public String describe() {
        return switch (kind) {
            case COMMENT -> author.displayName + " commented";
            case CHEER -> author.displayName + " cheered";
            case ACKNOWLEDGEMENT -> author.displayName + " read it";
        };
    }
}
