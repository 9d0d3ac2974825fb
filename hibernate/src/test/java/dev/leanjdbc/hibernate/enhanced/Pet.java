package dev.leanjdbc.hibernate.enhanced;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A pet: its type EAGER (the JPA default of a to-one), its owner and visits lazy. */
@Entity
public class Pet {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @ManyToOne
    private PetType type;

    @ManyToOne(fetch = FetchType.LAZY)
    private Owner owner;

    @OneToMany(mappedBy = "pet")
    private List<Visit> visits = new ArrayList<>();

    protected Pet() {}

    public Pet(String name, PetType type, Owner owner) {
        this.name = name;
        this.type = type;
        this.owner = owner;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PetType getType() {
        return type;
    }

    public Owner getOwner() {
        return owner;
    }

    public List<Visit> getVisits() {
        return visits;
    }
}
