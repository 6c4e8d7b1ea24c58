package org.fellowflow.programme;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves, fills and releases a phase's posts. Each call locks the phase row first, so that concurrent
 * candidates, on any node, can never hold more posts than the phase has.
 */
@Service
@Transactional
public class PostService {

    private final PhaseRepository phases;
    private final PhaseProcesses processes;

    PostService(PhaseRepository phases, PhaseProcesses processes) {
        this.phases = phases;
        this.processes = processes;
    }

    /** Offers the lowest-numbered open post to the application; empty when every post is offered or filled. */
    public Optional<Integer> reserve(String phaseKey, String applicationReference) {
        Phase phase = phases.locked(phaseKey);
        Optional<Post> held = heldFor(phase, applicationReference);
        if (held.isPresent()) {
            return held.map(Post::number);
        }
        Optional<Post> open = phase.firstOpenPost();
        open.ifPresent(post -> post.offerTo(applicationReference));
        return open.map(Post::number);
    }

    /** The offer was accepted and the checks passed: the post held for the application is filled. */
    public void fill(String phaseKey, String applicationReference) {
        Phase phase = phases.locked(phaseKey);
        Post post = heldFor(phase, applicationReference).orElseThrow(() -> noPostHeld(phase, applicationReference));
        post.fill();
        processes.postFilled(phaseKey);
    }

    /** The offer was declined or lapsed, or the fellow withdrew before the start: the post is open again. */
    public void release(String phaseKey, String applicationReference) {
        Phase phase = phases.locked(phaseKey);
        Post post = heldFor(phase, applicationReference).orElseThrow(() -> noPostHeld(phase, applicationReference));
        post.release();
        processes.postReleased(phaseKey);
    }

    /** The number of the post held (offered or filled) for the application, if any. */
    @Transactional(readOnly = true)
    public Optional<Integer> heldFor(String phaseKey, String applicationReference) {
        Phase phase = phases.findByKey(phaseKey).orElseThrow(() -> new UnknownPhaseException(phaseKey));
        return heldFor(phase, applicationReference).map(Post::number);
    }

    private static Optional<Post> heldFor(Phase phase, String applicationReference) {
        return phase.posts().stream().filter(post -> applicationReference.equals(post.heldFor())).findFirst();
    }

    private static IllegalTransitionException noPostHeld(Phase phase, String applicationReference) {
        return new IllegalTransitionException(
                "No post of %s is held for %s".formatted(phase.key(), applicationReference));
    }
}
