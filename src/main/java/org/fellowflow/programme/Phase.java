package org.fellowflow.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One regional recruitment round of a programme. Its status follows its fellowship-phase process:
 * PLANNED until launch, RECRUITING (LATE past the start date) while any post is open, FILLED, then STARTED.
 * The count of applications received, which numbers them, is kept in the row by the intake
 * ({@link PhaseRegistry#nextApplicationReference}), not here.
 */
@Entity
@Table(name = "phase")
public class Phase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "phase_key", unique = true, nullable = false)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    private String name;

    @Column(name = "launch_date")
    private LocalDate launchDate;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private PhaseStatus status = PhaseStatus.PLANNED;

    @ManyToMany
    @JoinTable(name = "phase_ics", joinColumns = @JoinColumn(name = "phase_id"),
            inverseJoinColumns = @JoinColumn(name = "ics_code"))
    private Set<Ics> icss = new LinkedHashSet<>();

    @OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Post> posts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "phase_readvertisement", joinColumns = @JoinColumn(name = "phase_id"))
    @Column(name = "advertised_on")
    @OrderBy
    private List<LocalDate> readvertisements = new ArrayList<>();

    @Column(name = "recruitment_opened_on")
    private LocalDate recruitmentOpenedOn;

    @Column(name = "filled_on")
    private LocalDate filledOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** The user id of the panel chair, who confirms panel outcomes. */
    @Column(name = "panel_chair")
    private String panelChair;

    @ElementCollection
    @CollectionTable(name = "phase_panel_member", joinColumns = @JoinColumn(name = "phase_id"))
    @Column(name = "user_id")
    @OrderColumn(name = "position")
    private List<String> panelMembers = new ArrayList<>();

    @Version
    private long version;

    protected Phase() {
    }

    Phase(Programme programme, String key) {
        this.programme = programme;
        this.key = key;
    }

    /** Sets what the programme data says of a phase; only allowed before it launches. */
    void plan(String name, LocalDate launchDate, LocalDate startDate, int postCount, Set<Ics> icss) {
        if (status != PhaseStatus.PLANNED) {
            throw new IllegalTransitionException("Phase %s has launched; its plan can no longer change".formatted(key));
        }
        this.name = name;
        this.launchDate = launchDate;
        this.startDate = startDate;
        this.icss.clear();
        this.icss.addAll(icss);
        while (posts.size() < postCount) {
            posts.add(new Post(this, posts.size() + 1));
        }
        while (posts.size() > postCount) {
            posts.remove(posts.size() - 1);
        }
    }

    /** Opens recruitment at launch, or reopens it when a filled phase has a post open again. */
    public void openRecruitment(LocalDate today) {
        switch (status) {
            case PLANNED -> recruitmentOpenedOn = today;
            case FILLED -> filledOn = null;
            case RECRUITING, LATE -> {
                return;
            }
            case STARTED -> throw new IllegalTransitionException("Phase %s has started".formatted(key));
        }
        status = PhaseStatus.RECRUITING;
    }

    public void recordReadvertisement(LocalDate today) {
        requireRecruiting("re-advertise");
        readvertisements.add(today);
    }

    public void markLate() {
        requireRecruiting("be marked late");
        status = PhaseStatus.LATE;
    }

    public void closeRecruitment(LocalDate today) {
        requireRecruiting("close recruitment");
        if (!allPostsFilled()) {
            throw new IllegalTransitionException("Phase %s still has posts that are not filled".formatted(key));
        }
        status = PhaseStatus.FILLED;
        filledOn = today;
    }

    public void start(LocalDate today) {
        if (status != PhaseStatus.FILLED) {
            throw new IllegalTransitionException("Phase %s is %s; only a filled phase can start".formatted(key, status));
        }
        status = PhaseStatus.STARTED;
        startedOn = today;
    }

    /** Sets who sits on the phase's panel: a chair and at least two members who score applications. */
    public void assignPanel(String chair, List<String> members) {
        List<String> distinct = members.stream().distinct().toList();
        if (chair == null || chair.isBlank()) {
            throw new IllegalArgumentException("A panel needs a chair");
        }
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("A panel needs at least two members, not " + distinct.size());
        }
        this.panelChair = chair;
        this.panelMembers.clear();
        this.panelMembers.addAll(distinct);
    }

    /** Adds a member, e.g. when conflicts of interest leave too few members whose scores count. */
    public void addPanelMember(String member) {
        if (!panelMembers.contains(member)) {
            panelMembers.add(member);
        }
    }

    /** Every fellow's journey has ended: completed or withdrawn. */
    public void end(LocalDate today) {
        if (status != PhaseStatus.STARTED) {
            throw new IllegalTransitionException("Phase %s is %s; only a started phase can end".formatted(key, status));
        }
        status = PhaseStatus.ENDED;
        endedOn = today;
    }

    void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public boolean allPostsFilled() {
        return posts.stream().allMatch(post -> post.state() == PostState.FILLED);
    }

    /** The open post with the lowest number, if any. */
    java.util.Optional<Post> firstOpenPost() {
        return posts.stream().filter(post -> post.state() == PostState.OPEN)
                .min(Comparator.comparingInt(Post::number));
    }

    private void requireRecruiting(String action) {
        if (!status.isRecruiting()) {
            throw new IllegalTransitionException("Phase %s is %s and cannot %s".formatted(key, status, action));
        }
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public Programme programme() {
        return programme;
    }

    public String name() {
        return name;
    }

    public LocalDate launchDate() {
        return launchDate;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public PhaseStatus status() {
        return status;
    }

    public Set<Ics> icss() {
        return Set.copyOf(icss);
    }

    public List<Post> posts() {
        return List.copyOf(posts);
    }

    public List<LocalDate> readvertisements() {
        return List.copyOf(readvertisements);
    }

    public LocalDate recruitmentOpenedOn() {
        return recruitmentOpenedOn;
    }

    public LocalDate filledOn() {
        return filledOn;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public String panelChair() {
        return panelChair;
    }

    public List<String> panelMembers() {
        return List.copyOf(panelMembers);
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    /** The row's version as this copy last read or wrote it. */
    long version() {
        return version;
    }
}
