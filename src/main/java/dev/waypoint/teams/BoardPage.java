package dev.waypoint.teams;

import dev.waypoint.circles.Membership;
import dev.waypoint.people.CurrentPerson;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Htmx;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/** Answers with the board: the whole page, or for htmx its columns and a refreshed poller. */
@RequestScoped
class BoardPage {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Htmx htmx;

    @Inject
    Clock clock;

    Board load(Membership me, BoardFilter filter) {
        return Board.load(me, filter, today());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(currentPerson.get().zone()));
    }

    /**
     * The board as it is. The 30-second refresh sends the fingerprint of what it shows
     * ({@code seen}) and gets 204, nothing to swap, while the board is unchanged.
     */
    Response show(Board board, String seen) {
        return answer(board, null, null, null, 200, seen);
    }

    /**
     * {@code problem} shows above the columns, {@code focus} names the card that takes focus
     * after a move, {@code draft} is a refused team goal as typed.
     */
    Response answer(Board board, String problem, String focus, TeamGoalDraft draft, int status) {
        return answer(board, problem, focus, draft, status, null);
    }

    /** The board after a change made with htmx, and {@code done} in the page's status line. */
    Response confirm(Board board, String focus, Confirmation done) {
        return Htmx.confirmed(
                200, done, columns(board, null, focus, new TeamGoalDraft()), poller(board, board.fingerprint()));
    }

    private Response answer(Board board, String problem, String focus, TeamGoalDraft draft, int status, String seen) {
        String fingerprint = board.fingerprint();
        if (htmx.isRequest() && fingerprint.equals(seen)) {
            return Response.noContent().build();
        }
        TeamGoalDraft typed = draft == null ? new TeamGoalDraft() : draft;
        if (!htmx.isRequest()) {
            return Htmx.page(status, TeamResource.Templates.board(board, problem, focus, typed, fingerprint));
        }
        return Htmx.fragments(status, columns(board, problem, focus, typed), poller(board, fingerprint));
    }

    private static TemplateInstance columns(Board board, String problem, String focus, TeamGoalDraft typed) {
        return TeamResource.Templates.board$columns(board, problem, focus, typed);
    }

    private static TemplateInstance poller(Board board, String fingerprint) {
        return TeamResource.Templates.board$poller(board, fingerprint, true);
    }
}
