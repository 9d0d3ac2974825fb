package dev.leanjdbc.hibernate.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A visit, its pet lazy. */
@Entity
public class Visit {
    @Id
    @GeneratedValue
    private Long id;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    private Pet pet;

    protected Visit() {}

    public Visit(String description, Pet pet) {
        this.description = description;
        this.pet = pet;
    }

    public String getDescription() {
        return description;
    }

    public Pet getPet() {
        return pet;
    }
}
