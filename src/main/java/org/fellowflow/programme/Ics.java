package org.fellowflow.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Integrated Care System: the NHS body a fellow works with. */
@Entity
@Table(name = "ics")
public class Ics {

    @Id
    private String code;

    private String name;

    protected Ics() {
    }

    Ics(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
