package dev.waypoint.teams.board;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.teams.Membership;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Answers with the board: the whole page, or for htmx its columns and a refreshed poller. */
@RequestScoped
class BoardPage {

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Answer answer;

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
        String fingerprint = board.fingerprint();
        return answer.refreshed(fingerprint.equals(seen), () -> views(board, null, null, null, fingerprint));
    }

    /**
     * A change made in place: htmx gets the board as it is now, {@code focus} naming the card that
     * takes focus, and {@code done} in the status line; a browser goes {@code back}.
     */
    Response changed(String back, Confirmation done, Supplier<Board> board, String focus) {
        return answer.doneInPlace(back, done, () -> {
            Board now = board.get();
            return views(now, null, focus, null, now.fingerprint());
        });
    }

    /** A refused change: {@code problem} above the columns, {@code draft} a refused team goal as typed. */
    Response refused(Refusal why, Board board, String problem, String focus, TeamGoalDraft draft) {
        return answer.refusedInPlace(why, () -> views(board, problem, focus, draft, board.fingerprint()));
    }

    private static Answer.Views views(
            Board board, String problem, String focus, TeamGoalDraft draft, String fingerprint) {
        TeamGoalDraft typed = draft == null ? new TeamGoalDraft() : draft;
        return new Answer.Views(
                TeamResource.Templates.board(board, problem, focus, typed, fingerprint),
                TeamResource.Templates.board$columns(board, problem, focus, typed),
                TeamResource.Templates.board$poller(board, fingerprint, true));
    }
}
