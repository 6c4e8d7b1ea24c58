package org.fellowflow.programme;

import java.time.LocalDate;
import java.util.List;

/** A phase as other features and tests see it: a snapshot, safe to use outside a transaction. */
public record PhaseDetails(String key, String programmeKey, String name, LocalDate launchDate, LocalDate startDate,
        PhaseStatus status, List<String> icss, List<PostDetails> posts, List<LocalDate> readvertisements,
        LocalDate recruitmentOpenedOn, LocalDate filledOn, LocalDate startedOn, String panelChair,
        List<String> panelMembers, LocalDate endedOn) {

    public record PostDetails(int number, PostState state, String heldFor) {
    }

    public boolean isRecruiting() {
        return status.isRecruiting();
    }

    public long openPosts() {
        return posts.stream().filter(post -> post.state() == PostState.OPEN).count();
    }

    static PhaseDetails of(Phase phase) {
        return new PhaseDetails(phase.key(), phase.programme().key(), phase.name(), phase.launchDate(),
                phase.startDate(), phase.status(), phase.icss().stream().map(Ics::code).sorted().toList(),
                phase.posts().stream().map(p -> new PostDetails(p.number(), p.state(), p.heldFor())).toList(),
                phase.readvertisements(), phase.recruitmentOpenedOn(), phase.filledOn(), phase.startedOn(),
                phase.panelChair(), phase.panelMembers(), phase.endedOn());
    }
}
