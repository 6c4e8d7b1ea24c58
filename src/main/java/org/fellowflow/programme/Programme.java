package org.fellowflow.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A fellowship scheme, recruited in one or more regional phases. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_key", unique = true, nullable = false)
    private String key;

    private String name;

    /** ISO-8601 period, e.g. P28D: how often a phase with open posts is re-advertised. */
    @Column(name = "readvertise_every")
    private String readvertiseEvery;

    @ElementCollection
    @CollectionTable(name = "programme_criterion", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "fellowship_length")
    private String fellowshipLength;

    @Column(name = "check_in_every")
    private String checkInEvery;

    @Column(name = "community_of_practice")
    private String communityOfPractice;

    @ElementCollection
    @CollectionTable(name = "programme_module", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<TrainingModule> modules = new ArrayList<>();

    protected Programme() {
    }

    Programme(String key) {
        this.key = key;
    }

    void describe(String name, Period readvertiseEvery, List<Criterion> criteria,
            ProgrammeCatalogue.FellowshipPlan fellowship) {
        this.name = name;
        this.readvertiseEvery = readvertiseEvery.toString();
        this.criteria.clear();
        this.criteria.addAll(criteria);
        this.fellowshipLength = fellowship.length().toString();
        this.checkInEvery = fellowship.checkInEvery().toString();
        this.communityOfPractice = fellowship.communityOfPractice();
        this.modules.clear();
        this.modules.addAll(fellowship.modules());
    }

    public ProgrammeCatalogue.FellowshipPlan fellowship() {
        return new ProgrammeCatalogue.FellowshipPlan(Period.parse(fellowshipLength), Period.parse(checkInEvery),
                communityOfPractice, List.copyOf(modules));
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public Period readvertiseEvery() {
        return Period.parse(readvertiseEvery);
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }
}
