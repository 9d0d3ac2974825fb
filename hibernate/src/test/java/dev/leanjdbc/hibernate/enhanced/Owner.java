package dev.leanjdbc.hibernate.enhanced;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** An owner whose pets are mapped EAGER (petclinic's mapping), with a lazy basic field. */
@Entity
public class Owner {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @Basic(fetch = FetchType.LAZY)
    private String notes;

    @OneToMany(mappedBy = "owner", fetch = FetchType.EAGER)
    private List<Pet> pets = new ArrayList<>();

    protected Owner() {}

    public Owner(String name, String notes) {
        this.name = name;
        this.notes = notes;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNotes() {
        return notes;
    }

    public List<Pet> getPets() {
        return pets;
    }
}
