package dev.waypoint.support;

/** The people our tests and demo data are about; each signs in through the dev OIDC provider. */
public enum Persona {
    /** A person growing her career. */
    ALICE,
    /** Alice's mentor. */
    BOB,
    /** A team lead. */
    CAROL,
    /** A member of Carol's team. */
    DAVE,
    /** The instance admin. */
    ERIN,
    /** A stranger to everyone. */
    MALLORY;

    public String username() {
        return name().toLowerCase();
    }

    /** The name the dev provider puts in the token ("Alice"). */
    public String displayName() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
