package dev.leanjdbc.hibernate.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Reference data: cat, dog. */
@Entity
public class PetType {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    protected PetType() {}

    public PetType(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
